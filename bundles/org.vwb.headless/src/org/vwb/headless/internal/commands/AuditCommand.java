package org.vwb.headless.internal.commands;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.vwb.core.Simulator;
import org.vwb.headless.Arguments;
import org.vwb.headless.Command;
import org.vwb.headless.CommandIo;
import org.vwb.headless.ExitCodes;
import org.vwb.headless.Option;
import org.vwb.headless.UsageException;
import org.vwb.headless.audit.AuditSimulation;
import org.vwb.headless.audit.SwitchSimulation;
import org.vwb.headless.internal.Services;
import org.vwb.headless.internal.audit.AuditJson;
import org.vwb.headless.internal.audit.AuditText;
import org.vwb.headless.internal.interchange.InstalledInterchange;
import org.vwb.interchange.audit.AuditReport;
import org.vwb.interchange.audit.FileProblem;

/**
 * {@code vwb audit DIR [--format text|json] [--out PATH] [--simulate]}. An unreadable file is a result of the
 * audit, not a failure of it: it is reported and the others are audited, and the exit code is 0 as long as
 * something could be read (or there was nothing to read); 1 when every file an importer claimed failed.
 */
public final class AuditCommand implements Command {

    static final Option FORMAT = Option.value("format", "text|json", "text (the default) or json");
    static final Option SIMULATE = Option.flag("simulate",
            "run each proposed switch on the simulator and report what it would save");

    /** How long to wait for the simulator's bundle to register it: SCR does so asynchronously. */
    private static final long SIMULATOR_WAIT_MILLIS = 2000;

    private final Supplier<Optional<Simulator>> simulator;

    public AuditCommand() {
        this(() -> Services.await(Simulator.class, SIMULATOR_WAIT_MILLIS));
    }

    /** With the simulator to use, if any: tests choose one, or none. */
    public AuditCommand(Supplier<Optional<Simulator>> simulator) {
        this.simulator = simulator;
    }

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public String summary() {
        return "find emulated devices, unenlightened guests and floppy controllers in stored VM configurations";
    }

    @Override
    public String usage() {
        return "DIR";
    }

    @Override
    public String help() {
        return """
                Reads every OVF/OVA, libvirt or .vmx file in DIR (not its subfolders) and reports per VM:
                emulated network and block devices that have a synthetic replacement on the VM's platform,
                guests without synthetic drivers, and floppy drives (VENOM, CVE-2015-3456). A file that cannot
                be read is an error line on stderr and a problem in the report; the others are still audited.
                With --simulate, each proposed switch is run on the simulator as the VM is and as replaced
                (%s s simulated, seed %d; a VM without a workload gets %s), and the report shows what the switch
                would save in CPU microseconds and VM exits per request and in p99 latency. Without an installed
                simulator it says "simulation unavailable". Exit code 0 when the audit ran, 1 when DIR cannot be
                read or no file in it could, 2 for a wrong command line."""
                .formatted(AuditText.number(SwitchSimulation.DURATION_SECONDS), SwitchSimulation.SEED,
                        "1,000 requests/s of 4 KiB per network or block device");
    }

    @Override
    public List<Option> options() {
        return List.of(FORMAT, Option.OUT, Option.FORCE, SIMULATE);
    }

    @Override
    public int execute(Arguments arguments, CommandIo io) throws Exception {
        Path folder = arguments.paths(1, "DIR").get(0);
        if (arguments.operands().size() > 1) {
            throw new UsageException("one DIR only, not " + arguments.operands().size());
        }
        String format = arguments.value(FORMAT).orElse("text");
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("unknown format '" + format + "' (known: text, json)");
        }
        if (!Files.isDirectory(folder)) {
            return io.fail(folder + ": " + (Files.exists(folder) ? "not a directory" : "no such directory"), null);
        }
        AuditReport report = InstalledInterchange.get().audit(folder);
        for (FileProblem problem : report.problems()) {
            io.error(problem.toString());
        }
        AuditSimulation simulation = null;
        if (arguments.has(SIMULATE)) {
            io.progress("simulating the proposed switches...");
            simulation = SwitchSimulation.of(report, simulator.get());
        }
        String content = format.equals("json") ? AuditJson.of(report, simulation)
                : report.toText() + (simulation == null ? "" : AuditText.of(simulation));
        io.writeOutput(arguments, content.getBytes(StandardCharsets.UTF_8));
        return report.vms().isEmpty() && !report.problems().isEmpty() ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
