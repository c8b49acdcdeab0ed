package org.vwb.core.api;

/**
 * One access of a guest driver to an emulated device's register.
 *
 * @param register index into {@link EmulatedDeviceModel#registers()}
 * @param write    a write (else a read)
 * @param value    the value written, or the bits a read is interested in
 * @param purpose  why the driver makes it, e.g. {@code transmit poll demand}
 *
 * @since 1.0
 */
public record RegisterAccess(int register, boolean write, int value, String purpose) {

    public static RegisterAccess read(int register, String purpose) {
        return new RegisterAccess(register, false, 0, purpose);
    }

    public static RegisterAccess write(int register, int value, String purpose) {
        return new RegisterAccess(register, true, value, purpose);
    }
}
