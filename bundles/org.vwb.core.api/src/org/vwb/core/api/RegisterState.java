package org.vwb.core.api;

/**
 * The current values of one emulated device instance's registers, owned by the core, changed by the model.
 *
 * @since 1.0
 */
public final class RegisterState {

    private final int[] values;

    public RegisterState(int registers) {
        this.values = new int[registers];
    }

    public int get(int register) {
        return values[register];
    }

    public void set(int register, int value) {
        values[register] = value;
    }

    /** Sets bits, as the device does when it raises status. */
    public void raise(int register, int bits) {
        values[register] |= bits;
    }

    /** Clears bits, as write-one-to-clear status registers do. */
    public void clear(int register, int bits) {
        values[register] &= ~bits;
    }

    public int size() {
        return values.length;
    }
}
