package org.vwb.headless.internal.simulation;

import org.vwb.headless.Arguments;
import org.vwb.headless.Command;
import org.vwb.headless.CommandIo;

/**
 * A command that needs the simulator or other services: input it cannot use ({@link Rejected}) ends in one
 * {@code error:} line per reason and exit code 1, the same way for every such command.
 */
public abstract class SimulationCommand implements Command {

    @Override
    public final int execute(Arguments arguments, CommandIo io) throws Exception {
        try {
            return run(arguments, io, Services.registry());
        } catch (Rejected rejected) {
            return rejected.report(io);
        }
    }

    /** Does the work; returns the exit code, or throws {@link Rejected} with every reason the input is refused. */
    protected abstract int run(Arguments arguments, CommandIo io, Services services) throws Exception;
}
