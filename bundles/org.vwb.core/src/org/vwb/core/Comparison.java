package org.vwb.core;

import java.util.List;

import org.vwb.core.api.CostEvent;
import org.vwb.core.api.VendorProfile;
import org.vwb.model.DriverPlacement;

/**
 * The same VMs and workloads run under several vendor profiles / placements / device modes, side by side: what
 * {@code vwb compare} reports and the workbench's comparison view shows.
 *
 * @param title        what is compared, e.g. the model's name
 * @param source       where the configurations came from (a file), or empty
 * @param durationNanos simulated time of each run
 * @param seed         the run seed
 * @param entries      one per configuration run
 * @param citations    the cost constants the runs used, with their sources
 * @param failures     runs that could not give an entry (a plugin threw or did not answer), one line each naming
 *                     the configuration and the plugin
 */
public record Comparison(String title, String source, long durationNanos, long seed, List<Entry> entries,
        List<Citation> citations, List<String> failures) {

    public Comparison {
        failures = List.copyOf(failures);
    }

    /** A comparison every run of which gave an entry. */
    public Comparison(String title, String source, long durationNanos, long seed, List<Entry> entries,
            List<Citation> citations) {
        this(title, source, durationNanos, seed, entries, citations, List.of());
    }

    /**
     * One configuration of the comparison.
     *
     * @param label         short name for tables and charts, e.g. {@code hyperv-2008} or {@code esxi-3.5@kvm.vhost}
     * @param vendorName    product and release
     * @param placement     driver placement
     * @param result        what the run measured
     * @param figures       footprint, trusted code, driver availability, blast radius
     * @param traces        one request traced through each device of the configuration
     */
    public record Entry(String label, String vendorName, DriverPlacement placement, RunResult result,
            StaticFigures figures, List<RequestTrace> traces) {
    }

    /**
     * The bare-metal run an entry is measured against: the entry of the same configuration run under
     * {@link VendorProfile#BARE_METAL} (label {@code NAME@native.bare-metal}), or else the only bare-metal entry of
     * the comparison; empty for a bare-metal entry itself and when there is none.
     */
    public java.util.Optional<Entry> nativeBaseline(Entry entry) {
        if (isNative(entry)) {
            return java.util.Optional.empty();
        }
        String base = entry.label().contains("@") ? entry.label().substring(0, entry.label().indexOf('@'))
                : entry.label();
        List<Entry> natives = entries.stream().filter(Comparison::isNative).toList();
        return natives.stream().filter(n -> n.label().equals(base + "@" + VendorProfile.BARE_METAL)).findFirst()
                .or(() -> natives.size() == 1 ? java.util.Optional.of(natives.get(0)) : java.util.Optional.empty());
    }

    private static boolean isNative(Entry entry) {
        return VendorProfile.BARE_METAL.equals(entry.result().vendorProfile());
    }

    /** One cost constant used: which cost model, which event, how many cycles, and where the figure comes from. */
    public record Citation(String costModel, CostEvent event, double cycles, String source) {
    }
}
