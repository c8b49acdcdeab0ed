package org.vwb.measure.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.vwb.headless.Arguments;
import org.vwb.headless.BundledExamples;
import org.vwb.headless.Command;
import org.vwb.headless.CommandIo;
import org.vwb.headless.Durations;
import org.vwb.headless.ExitCodes;
import org.vwb.headless.Option;
import org.vwb.headless.UsageException;
import org.vwb.measure.DeviceCount;
import org.vwb.measure.MeasureException;
import org.vwb.measure.MeasureOptions;
import org.vwb.measure.MeasuredDevice;
import org.vwb.measure.MeasuredRun;
import org.vwb.measure.MeasurementsCsv;
import org.vwb.measure.QemuHarness;

/** {@code vwb measure qemu}: a real QEMU guest's register accesses and interrupts per request, per device. */
@Component(service = Command.class, property = "vwb.command=measure")
public final class MeasureCommand implements Command {

    static final Option DEVICES = Option.value("devices", "LIST", "devices to measure, comma-separated (default: "
            + "all of " + String.join(",", List.of(MeasuredDevice.values()).stream().map(MeasuredDevice::id).toList())
            + ")");
    static final Option REQUESTS = Option.value("requests", "N", "requests per device and direction (default 200)");
    static final Option KERNEL = Option.value("kernel", "PATH", "guest kernel: a vmlinuz, an unpacked Debian "
            + "linux-image package or its .deb (default: Debian's, fetched once into the cache)");
    static final Option QEMU = Option.value("qemu", "PATH", "the qemu-system-x86_64 binary (default: from the PATH)");
    static final Option BOOT_TIMEOUT = Option.value("boot-timeout", "D", "how long the guest may take to boot "
            + "(default 120s)");
    static final int DEFAULT_REQUESTS = 200;

    @Override
    public String name() {
        return "measure";
    }

    @Override
    public String summary() {
        return "count a real QEMU guest's register accesses and interrupts per request, per device";
    }

    @Override
    public String usage() {
        return "qemu";
    }

    @Override
    public String help() {
        return "Boots a Linux guest under QEMU (TCG, or KVM where /dev/kvm is usable) with the devices, drives a fixed\n"
                + "number of requests through each (direct 4 KiB reads and writes; UDP frames to and from 127.0.0.1),\n"
                + "counts the driver's register accesses from QEMU's trace and the guest's interrupts, per request\n"
                + "after an idle baseline, and writes a measurements file for `vwb calibration`. Needs\n"
                + "qemu-system-x86 and busybox-static; details in docs/measure.md.";
    }

    @Override
    public List<Option> options() {
        return List.of(DEVICES, REQUESTS, KERNEL, QEMU, BOOT_TIMEOUT, Option.OUT, Option.FORCE);
    }

    @Override
    public int execute(Arguments arguments, CommandIo io) throws Exception {
        if (arguments.operands().size() != 1 || !"qemu".equals(arguments.operands().get(0))) {
            throw new UsageException("vwb measure takes one operand, the hypervisor to measure: qemu");
        }
        MeasureOptions options = options(arguments);
        Optional<Path> out = arguments.value(Option.OUT).filter(o -> !"-".equals(o)).map(Path::of);
        if (out.isPresent() && Files.exists(out.get()) && !arguments.has(Option.FORCE)) {
            return io.fail(out.get() + ": exists (use --force to replace it)", null);
        }
        MeasuredRun run;
        try {
            run = QemuHarness.measure(options, io::progress);
        } catch (MeasureException e) {
            return io.fail(e.getMessage(), e);
        }
        io.progress(run.exits());
        run.counts().forEach(c -> io.progress(line(c)));
        run.kvmExits().forEach(e -> io.progress("kvm " + MeasurementsCsv.exitLine(e)));
        io.writeOutput(arguments, MeasurementsCsv.write(run, scenario(out)).getBytes(StandardCharsets.UTF_8));
        return ExitCodes.OK;
    }

    private static MeasureOptions options(Arguments arguments) {
        List<MeasuredDevice> devices = new ArrayList<>();
        try {
            for (String id : arguments.value(DEVICES).map(v -> List.of(v.split(",")))
                    .orElse(List.of(MeasuredDevice.values()).stream().map(MeasuredDevice::id).toList())) {
                MeasuredDevice device = MeasuredDevice.of(id.strip());
                if (!devices.contains(device)) {
                    devices.add(device);
                }
            }
            int requests = arguments.value(REQUESTS).map(MeasureCommand::requests).orElse(DEFAULT_REQUESTS);
            Duration boot = Duration.ofNanos(arguments.value(BOOT_TIMEOUT)
                    .map(v -> Durations.nanos(BOOT_TIMEOUT.name(), v)).orElse(Duration.ofSeconds(120).toNanos()));
            return new MeasureOptions(devices, requests, arguments.value(QEMU).map(Path::of),
                    arguments.value(KERNEL).map(Path::of), MeasureOptions.defaultCacheDir(), boot);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static int requests(String written) {
        try {
            return Integer.parseInt(written.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--requests '" + written + "' is not a whole number");
        }
    }

    /** The scenario as the rows name it: relative to the output file's folder when it can be, else absolute. */
    private static String scenario(Optional<Path> out) {
        Path scenario = BundledExamples.find(Path.of(MeasurementsCsv.SCENARIO)).orElse(Path.of(MeasurementsCsv.SCENARIO))
                .toAbsolutePath().normalize();
        if (out.isEmpty()) {
            return scenario.toString();
        }
        Path folder = out.get().toAbsolutePath().normalize().getParent();
        return folder.getRoot().equals(scenario.getRoot()) ? folder.relativize(scenario).toString() : scenario.toString();
    }

    private static String line(DeviceCount c) {
        return String.format(Locale.ROOT, "%-12s %-12s %8.2f accesses %6.2f interrupts per request",
                c.device().id(), c.direction().word(c.device().network()), c.accessesPerRequest(),
                c.interruptsPerRequest());
    }
}
