package org.vwb.headless;

/**
 * The command line is wrong (unknown command or option, missing or extra argument). Thrown by the parser and by
 * commands checking their operands; {@link VwbCli} turns it into one line on stderr and exit code
 * {@link ExitCodes#USAGE}, never a stack trace.
 */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
