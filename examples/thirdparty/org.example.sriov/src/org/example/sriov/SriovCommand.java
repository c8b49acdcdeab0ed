package org.example.sriov;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vwb.core.DeviceResult;
import org.vwb.core.NotRunnableException;
import org.vwb.core.RunOptions;
import org.vwb.core.RunResult;
import org.vwb.core.Simulator;
import org.vwb.headless.Arguments;
import org.vwb.headless.Command;
import org.vwb.headless.CommandIo;
import org.vwb.headless.Durations;
import org.vwb.headless.ExitCodes;
import org.vwb.headless.Option;
import org.vwb.headless.UsageException;
import org.vwb.model.Configuration;
import org.vwb.model.Model;
import org.vwb.model.persistence.ModelFiles;

/**
 * {@code vwb sriov FILE --vm VM --device DEV}: the analysis this plugin adds to the command line. It moves the
 * configuration to a KVM host ({@link SriovVariants}) and runs one device three ways: as the KVM profile maps it,
 * as an SR-IOV virtual function whose interrupts go through the hypervisor, and as one with exitless interrupts
 * (ELI); one row per way: exits, interrupts and CPU per request, throughput.
 */
@Component(service = Command.class, property = "vwb.command=sriov")
public final class SriovCommand implements Command {

    static final Option VM = Option.value("vm", "VM", "the virtual machine (default: the first)");
    static final Option DEVICE = Option.value("device", "DEVICE", "its device (default: its first network device)");
    static final Option CONFIG = Option.value("config", "NAME", "the configuration (default: the file's first)");
    static final Option DURATION = Option.value("duration", "D", "simulated time per run (default 2s)");

    private final Simulator simulator;

    @Activate
    public SriovCommand(@Reference Simulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public String name() {
        return "sriov";
    }

    @Override
    public String summary() {
        return "one device as emulated or paravirtual, as an SR-IOV virtual function, and with exitless interrupts";
    }

    @Override
    public String usage() {
        return "FILE";
    }

    @Override
    public String help() {
        return """
                Moves the configuration to a KVM host whose NIC offers SR-IOV virtual functions and runs one device
                three ways: as the KVM profile maps it (emulated or virtio), assigned as a virtual function with
                its interrupts through the hypervisor (an exit per interrupt and per EOI), and assigned with
                exitless interrupts as in ELI (Gordon et al., ASPLOS 2012). Prints exits, interrupts and CPU per
                request and the throughput of each. From the example plugin org.example.sriov.""";
    }

    @Override
    public List<Option> options() {
        return List.of(VM, DEVICE, CONFIG, DURATION, Option.OUT, Option.FORCE);
    }

    @Override
    public int execute(Arguments arguments, CommandIo io) throws Exception {
        List<Path> files = arguments.paths(1, "FILE");
        if (files.size() != 1) {
            throw new UsageException("sriov takes one FILE, not " + files.size());
        }
        long nanos = arguments.value(DURATION).map(d -> Durations.nanos("--duration", d)).orElse(2_000_000_000L);
        Model model = ModelFiles.load(files.get(0));
        SriovVariants variants;
        try {
            variants = SriovVariants.of(model, arguments.value(CONFIG), arguments.value(VM), arguments.value(DEVICE),
                    simulator);
        } catch (IllegalArgumentException | NotRunnableException e) {
            io.error(files.get(0) + ": " + e.getMessage());
            return ExitCodes.FAILED;
        }
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%s/%s of '%s' on a KVM host, %s s each%n",
                variants.vm(), variants.device(), variants.configuration(), nanos / 1e9));
        table.append(String.format(Locale.ROOT, "%-44s %10s %12s %10s %12s%n", "device", "exits/req", "interrupts/req",
                "CPU us/req", "requests/s"));
        List<String> failures = new ArrayList<>();
        for (Configuration variant : variants.all()) {
            String label = variants.label(variant);
            try {
                RunResult result = simulator.run(variant, new RunOptions(nanos, 1, nanos));
                DeviceResult device = result.device(variants.vm(), variants.device()).orElseThrow();
                table.append(String.format(Locale.ROOT, "%-44s %10.2f %12.2f %10.2f %12.0f%n", label,
                        device.exitsPerRequest(), device.interruptsPerRequest(), device.totalCpuMicrosPerRequest(),
                        device.throughputPerSecond()));
            } catch (NotRunnableException e) {
                failures.add(label + ": " + String.join("; ", e.reasons()));
            }
        }
        failures.forEach(f -> io.error(files.get(0) + ": " + f));
        io.writeOutput(arguments, table.toString().getBytes(StandardCharsets.UTF_8));
        return failures.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
