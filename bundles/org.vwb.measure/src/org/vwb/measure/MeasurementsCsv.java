package org.vwb.measure;

import java.util.Locale;

/**
 * Writes a measured run in the format of {@code examples/validation/measurements.csv}, which {@code vwb calibration}
 * reads: a comment header saying what was measured on what (QEMU's version, the guest kernel, the CPU, the mode),
 * then two rows per device and direction, register accesses and interrupts per request, each pointing at the
 * device in the scenario {@code qemu-devices.vwb} whose model predicts it.
 */
public final class MeasurementsCsv {

    /** The scenario whose configuration and virtual machines the rows name, as the source tree and product hold it. */
    public static final String SCENARIO = "examples/validation/qemu-devices.vwb";
    public static final String CONFIGURATION = "kvm-qemu";

    private MeasurementsCsv() {
    }

    /**
     * The measurements file's text.
     *
     * @param run      what was measured
     * @param scenario the scenario file as the rows should name it (relative to where the file will be, or absolute)
     */
    public static String write(MeasuredRun run, String scenario) {
        StringBuilder out = new StringBuilder();
        out.append("# Measured by `vwb measure qemu` (docs/measure.md): the guest driver's register accesses to each\n")
                .append("# device (QEMU trace events memory_region_ops_read/write on the device's regions; each one a VM\n")
                .append("# exit under KVM) and the interrupts the guest took for it, per request, idle baseline subtracted.\n")
                .append("# qemu: ").append(run.qemuVersion()).append('\n')
                .append("# guest kernel: ").append(run.guestKernel()).append('\n')
                .append("# cpu: ").append(run.cpu()).append('\n')
                .append("# mode: ").append(run.mode()).append('\n')
                .append("# ").append(run.exits()).append('\n')
                .append("# file,configuration,vm,device,metric,measured,unit,kind,source\n");
        for (DeviceCount count : run.counts()) {
            row(out, scenario, count, "accesses_per_request", count.accessesPerRequest(), "accesses", run);
            row(out, scenario, count, "interrupts_per_request", count.interruptsPerRequest(), "interrupts", run);
        }
        // KVM's own count is no model metric (the model's exits are its traps, which the accesses measure): kept
        // beside the rows for the reader, as comments vwb calibration skips
        run.kvmExits().forEach(e -> out.append("# kvm ").append(exitLine(e)).append('\n'));
        return out.toString();
    }

    /** One device and direction's KVM counters per request: all exits, then by reason, the ones that moved. */
    public static String exitLine(ExitCount count) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s %s: %.2f exits per request",
                count.device().id(), count.direction().vm(), count.of("exits")));
        count.perRequest().entrySet().stream().filter(e -> !e.getKey().equals("exits") && e.getKey().endsWith(
                "_exits") && e.getValue() >= 0.005).forEach(e -> line.append(String.format(Locale.ROOT, ", %s %.2f",
                        e.getKey(), e.getValue())));
        return line.toString();
    }

    private static void row(StringBuilder out, String scenario, DeviceCount count, String metric, double value,
            String unit, MeasuredRun run) {
        MeasuredDevice device = count.device();
        String workload = device.id() + ", " + count.requests() + (device.network() ? " UDP frames " : " direct 4 KiB ")
                + count.direction().word(device.network());
        String source = String.format(Locale.ROOT, "%s, %s, guest Linux %s: %s", run.qemuVersion(), run.mode(),
                run.guestKernel().split(" ")[0], workload);
        if (Math.round(value * 1000) <= 0) {
            // vwb calibration divides by the measurement: a device that made none per request is said in a comment
            out.append(String.format(Locale.ROOT, "# %s %s: %s measured 0 (none per request; no ratio)%n",
                    device.id(), count.direction().vm(), metric));
            return;
        }
        out.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%s,%.3f,%s,prediction,\"%s\"%n", scenario,
                CONFIGURATION, count.direction().vm(), device.id(), metric, value, unit, source.replace("\"", "'")));
    }
}
