package org.vwb.core.api.family;

import org.vwb.core.api.ContextKind;
import org.vwb.core.api.CostEvent;

/**
 * Occurrences of one cost event paid by one context on a request's behalf: priced by the run's cost model and
 * counted (an exit, a switch, an interrupt) as the event's {@link CostEvent#counter() counter} says.
 *
 * @param context who pays, e.g. {@link ContextKind#HYPERVISOR} for an exit the guest takes
 * @param event   the event
 * @param count   how many occurrences (for {@link CostEvent#COPY_KIB}: KiB), not negative
 * @param note    what it is, for {@code vwb explain}, e.g. {@code end-of-interrupt write: exit}
 *
 * @since 1.0
 */
public record Charge(ContextKind context, CostEvent event, double count, String note) {

    public Charge {
        if (context == null || event == null || note == null) {
            throw new IllegalArgumentException("a charge needs a context, an event and a note");
        }
        if (!(count >= 0)) {
            throw new IllegalArgumentException("a charge's count must not be negative: " + count);
        }
    }

    /** One occurrence. */
    public static Charge of(ContextKind context, CostEvent event, String note) {
        return new Charge(context, event, 1, note);
    }
}
