package org.vwb.core;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A configuration read once by {@link Simulator#prepare}: validated once, taken into an immutable snapshot
 * once, checked once against the plugins installed then. The currency of the client API: run it, explain a
 * device of it, take its static figures, derive a vendor variant of it or hot-swap a run to it, as often as
 * wanted, without the model being read again. Immutable and safe to hand to another thread (a view computes
 * off the UI thread while the editor goes on changing the model it came from).
 */
@ProviderType
public interface PreparedConfiguration {

    /** One virtual device of the configuration, by its VM's name and its own. */
    record Device(String vm, String device) {
    }

    /** The configuration's name. */
    String name();

    /** The id of the vendor profile its hypervisor names; empty when validation found errors. */
    String vendorProfile();

    /** Every virtual device, VM by VM, in the model's order; empty when validation found errors. */
    List<Device> devices();

    /** Why it cannot run, one reason per line naming the element (validation errors, missing plugins). */
    List<String> problems();

    /** What validation warned about, one line each naming the element; a warning does not stop a run. */
    List<String> warnings();

    /** Whether it can run: no {@link #problems()}. */
    default boolean runnable() {
        return problems().isEmpty();
    }

    /** Throws the {@link #problems()} unless there are none. */
    default void requireRunnable() throws NotRunnableException {
        if (!runnable()) {
            throw new NotRunnableException(problems());
        }
    }
}
