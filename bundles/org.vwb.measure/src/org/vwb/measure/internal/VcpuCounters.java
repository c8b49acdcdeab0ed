package org.vwb.measure.internal;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * KVM's own counters of the guest's vCPUs ({@code exits}, {@code io_exits}, {@code mmio_exits}, ...: the statistics
 * Linux's KVM exports per vCPU since 5.14), read through QMP {@code query-stats} (QEMU 7.1 and later), summed over
 * the vCPUs. Histograms and other non-scalar statistics are left out.
 */
final class VcpuCounters {

    static final String QUERY = "{\"execute\": \"query-stats\", \"arguments\": {\"target\": \"vcpu\", "
            + "\"providers\": [{\"provider\": \"kvm\"}]}}";
    private static final Pattern SCALAR = Pattern.compile(
            "\\{\\s*\"name\"\\s*:\\s*\"([A-Za-z0-9_-]+)\"\\s*,\\s*\"value\"\\s*:\\s*(-?\\d+)\\s*\\}");

    private VcpuCounters() {
    }

    /** The counters now; empty when QEMU offers no KVM statistics (TCG, or a kernel without binary stats). */
    static Map<String, Long> read(Qmp qmp) throws IOException {
        return parse(qmp.execute(QUERY));
    }

    /** The scalar statistics of a {@code query-stats} answer, summed by name over every vCPU it lists. */
    static Map<String, Long> parse(String answer) {
        Map<String, Long> counters = new TreeMap<>();
        Matcher scalar = SCALAR.matcher(answer);
        while (scalar.find()) {
            counters.merge(scalar.group(1), Long.parseLong(scalar.group(2)), Long::sum);
        }
        return counters;
    }
}
