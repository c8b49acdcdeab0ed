package org.vwb.headless;

/**
 * Which standard streams are terminals. Java can only tell whether stdin and stdout both are (
 * {@code System.console()}), not one stream alone, so the launch script tests each with {@code [ -t N ]} and
 * passes the answer as the system properties {@value #STDIN} and {@value #STDERR}. Without them (an embedding, a
 * test) the console is the best guess.
 */
public final class Terminals {

    /** {@code true} when standard input is a terminal (set by the launch script). */
    public static final String STDIN = "vwb.terminal.stdin";
    /** {@code true} when standard error is a terminal (set by the launch script). */
    public static final String STDERR = "vwb.terminal.stderr";

    private Terminals() {
    }

    /** Whether a person can type at standard input: end of input then means "stop". */
    public static boolean stdin() {
        return is(STDIN);
    }

    /** Whether a person reads standard error: progress may then redraw one line in place. */
    public static boolean stderr() {
        return is(STDERR);
    }

    private static boolean is(String property) {
        String value = System.getProperty(property);
        return value != null ? Boolean.parseBoolean(value) : System.console() != null;
    }
}
