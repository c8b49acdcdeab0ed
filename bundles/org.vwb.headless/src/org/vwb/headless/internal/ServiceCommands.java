package org.vwb.headless.internal;

import java.util.List;

import org.vwb.headless.Command;

/**
 * The commands other bundles contribute as OSGi services (e.g. DS components). A command line lives for one
 * call, so the services are looked up once per call rather than tracked.
 */
public final class ServiceCommands {

    private ServiceCommands() {
    }

    /** The registered commands; none when not running inside OSGi. */
    public static List<Command> registered() {
        return Services.all(Command.class);
    }
}
