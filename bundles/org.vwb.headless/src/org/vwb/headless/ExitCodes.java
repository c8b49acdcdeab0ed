package org.vwb.headless;

/** The exit codes of every vwb command: the one convention scripts can rely on. */
public final class ExitCodes {

    /** The command did what was asked; warnings may have been printed. */
    public static final int OK = 0;

    /** The input is invalid or unreadable, or the run failed. */
    public static final int FAILED = 1;

    /** The command line itself is wrong: unknown command or option, missing argument. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
