package org.vwb.headless.internal.commands;

import static org.vwb.report.SummaryTable.number;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.vwb.core.api.ContextKind;
import org.vwb.core.NotRunnableException;
import org.vwb.core.PreparedConfiguration;
import org.vwb.core.RequestTrace;
import org.vwb.core.Simulator;
import org.vwb.headless.Arguments;
import org.vwb.headless.CommandIo;
import org.vwb.headless.ExitCodes;
import org.vwb.headless.Option;
import org.vwb.headless.UsageException;
import org.vwb.headless.internal.simulation.Input;
import org.vwb.headless.internal.simulation.Rejected;
import org.vwb.headless.internal.simulation.Services;
import org.vwb.headless.internal.simulation.SimulationCommand;
import org.vwb.headless.internal.simulation.SimulationOptions;
import org.vwb.headless.internal.simulation.TextTable;
import org.vwb.model.Configuration;
import org.vwb.model.VirtualMachine;
import org.vwb.report.SummaryTable;

/** {@code vwb explain FILE --vm V --device D}: the path of one request, step by step, with its costs. */
public final class ExplainCommand extends SimulationCommand {

    private static final Option VM = Option.value("vm", "NAME", "the virtual machine (required)");
    private static final Option DEVICE = Option.value("device", "NAME", "its virtual device (required)");

    @Override
    public String name() {
        return "explain";
    }

    @Override
    public String summary() {
        return "show the path of one request through a device, step by step";
    }

    @Override
    public String usage() {
        return "FILE --vm NAME --device NAME";
    }

    @Override
    public String help() {
        return """
                Follows one request of the device's workload on an otherwise idle host and prints every step:
                the context that runs it (guest, hypervisor, parent/host, worker, driver domain), the event (a VM
                exit, a register emulated, a partition switch, the device's own service time...), its cycles and
                time, and what it is; then the totals per context. Each step's cycles are the cost model's own.""";
    }

    @Override
    public List<Option> options() {
        return List.of(VM, DEVICE, SimulationOptions.CONFIG, Option.OUT, Option.FORCE);
    }

    @Override
    protected int run(Arguments arguments, CommandIo io, Services services) throws Exception {
        Path file = SimulationOptions.file(arguments);
        String vm = arguments.value(VM).orElseThrow(() -> new UsageException("missing option --vm NAME"));
        String device = arguments.value(DEVICE).orElseThrow(() -> new UsageException("missing option --device NAME"));
        Simulator simulator = services.simulator(io);
        Input input = Input.load(file, io);
        Configuration configuration = input.configuration(arguments.value(SimulationOptions.CONFIG));
        String where = input.file() + ": configuration '" + configuration.getName() + "'";
        VirtualMachine machine = configuration.getVirtualMachines().stream().filter(m -> m.getName().equals(vm))
                .findFirst().orElseThrow(() -> new Rejected(where + " has no virtual machine '" + vm + "' (it has "
                        + Input.names(configuration.getVirtualMachines()) + ")"));
        if (machine.getDevices().stream().noneMatch(d -> d.getName().equals(device))) {
            throw new Rejected(where + " / virtual machine '" + vm + "' has no device '" + device + "' (it has "
                    + Input.names(machine.getDevices()) + ")");
        }
        PreparedConfiguration prepared = input.prepare(simulator, configuration);
        RequestTrace trace;
        try {
            trace = simulator.explain(prepared, vm, device);
        } catch (NotRunnableException e) {
            throw input.rejected(e.reasons());
        }
        String text = "configuration '" + configuration.getName() + "', " + vm + " / " + device + " ("
                + trace.deviceModel() + "): one request, " + trace.steps().size() + " steps\n\n" + steps(trace)
                + "\n" + totals(trace);
        io.writeOutput(arguments, text.getBytes(StandardCharsets.UTF_8));
        return ExitCodes.OK;
    }

    private static String steps(RequestTrace trace) {
        TextTable table = new TextTable(3, "#", "context", "event", "cycles", "time ns", "what");
        int n = 1;
        for (RequestTrace.Step step : trace.steps()) {
            table.row(n++, step.contextName(), step.event(), number(step.cycles()), number(step.nanos()), step.note());
        }
        return table.toString();
    }

    /** Cycles and time per kind of context: where the request's cost lands under this placement. */
    private static String totals(RequestTrace trace) {
        Map<ContextKind, double[]> totals = new EnumMap<>(ContextKind.class);
        double cycles = 0;
        double nanos = 0;
        for (RequestTrace.Step step : trace.steps()) {
            double[] sum = totals.computeIfAbsent(step.context(), k -> new double[2]);
            sum[0] += step.cycles();
            sum[1] += step.nanos();
            cycles += step.cycles();
            nanos += step.nanos();
        }
        TextTable table = new TextTable(1, "context", "steps", "cycles", "time ns");
        totals.forEach((kind, sum) -> table.row(SummaryTable.contextLabel(kind), trace.steps().stream()
                .filter(s -> s.context() == kind).count(), number(sum[0]), number(sum[1])));
        table.row("total", trace.steps().size(), number(cycles), number(nanos));
        return table.toString();
    }
}
