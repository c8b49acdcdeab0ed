package org.vwb.core.internal.service;

import java.util.List;

import org.vwb.core.PreparedConfiguration;
import org.vwb.core.internal.spec.SystemSpec;
import org.vwb.model.Configuration;

/**
 * The simulator's {@link PreparedConfiguration}: the snapshot the engine runs, what is wrong with it, and a
 * detached copy of the configuration from which vendor variants are derived. The copy is never handed out and
 * only read, under its own lock (EMF objects are not made for concurrent readers), so the whole is immutable.
 *
 * @param spec     the snapshot, or null when validation found errors (an invalid model is not read further)
 * @param problems why it cannot run
 * @param warnings validation warnings
 * @param source   detached copy of the configuration as prepared
 */
record Prepared(String name, SystemSpec spec, List<String> problems, List<String> warnings, Configuration source)
        implements PreparedConfiguration {

    Prepared {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    @Override
    public String vendorProfile() {
        return spec == null ? "" : spec.vendorProfile();
    }

    @Override
    public List<Device> devices() {
        return spec == null ? List.of() : spec.vms().stream().flatMap(vm -> vm.devices().stream()
                .map(d -> new Device(vm.name(), d.name()))).toList();
    }

    /** The simulator's own kind; another implementation cannot be run. */
    static Prepared of(PreparedConfiguration prepared) {
        if (prepared instanceof Prepared own) {
            return own;
        }
        throw new IllegalArgumentException("not prepared by this simulator: " + prepared);
    }
}
