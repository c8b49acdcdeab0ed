package org.vwb.core.internal.plugins;

import java.util.function.Supplier;

/** Asks a plugin one question on behalf of a wrapper: marks the thread's slot, names whatever the plugin throws. */
public final class Calls {

    private Calls() {
    }

    public static <T> T ask(Call call, Supplier<T> question) {
        CallSlot slot = CallSlot.current();
        Call previous = slot == null ? null : slot.enter(call);
        try {
            return question.get();
        } catch (Throwable thrown) {
            throw call.failed(thrown);
        } finally {
            if (slot != null) {
                slot.exit(previous);
            }
        }
    }

    /**
     * As {@link #ask}, for a question that declares a checked exception: that exception passes through as the
     * plugin's own answer; anything unchecked it throws is named.
     */
    @SuppressWarnings("unchecked")
    public static <T, X extends Exception> T askChecked(Call call, Bounded.Work<T, X> question) throws X {
        CallSlot slot = CallSlot.current();
        Call previous = slot == null ? null : slot.enter(call);
        try {
            return question.run();
        } catch (RuntimeException | Error thrown) {
            throw call.failed(thrown);
        } catch (Exception declared) {
            throw (X) declared;
        } finally {
            if (slot != null) {
                slot.exit(previous);
            }
        }
    }
}
