package org.vwb.headless;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a command writes: machine output to {@link #out()} (stdout) or the {@code --out} file, everything meant
 * for the person at the terminal (errors, warnings, progress) to stderr, so the two never mix. Also carries the
 * global {@code --quiet} and {@code --debug} settings.
 */
public final class CommandIo {

    private final PrintStream out;
    private final PrintStream err;
    private final boolean quiet;
    private final boolean debug;
    /** Whether {@link #status} may redraw a line on stderr, which must then be a terminal. */
    private final boolean statusLine;
    private boolean statusShown;

    /** Status lines are redrawn in place when stderr is a terminal ({@link Terminals#stderr()}). */
    public CommandIo(PrintStream out, PrintStream err, boolean quiet, boolean debug) {
        this(out, err, quiet, debug, Terminals.stderr());
    }

    public CommandIo(PrintStream out, PrintStream err, boolean quiet, boolean debug, boolean stderrIsTerminal) {
        this.out = out;
        this.err = err;
        this.quiet = quiet;
        this.debug = debug;
        this.statusLine = stderrIsTerminal && !quiet;
    }

    /** The machine output: only results, nothing a script would have to filter out. */
    public PrintStream out() {
        return out;
    }

    /**
     * One line on stderr, {@code error: } followed by the file (and element or line) and the reason. Names from
     * files are escaped ({@link TerminalText}), so the line stays one line whatever they hold.
     */
    public void error(String fileAndReason) {
        endStatus();
        err.println("error: " + TerminalText.escape(fileAndReason));
    }

    /** One line on stderr, {@code warning: } followed by the file (and element or line) and the reason, escaped. */
    public void warning(String fileAndReason) {
        endStatus();
        err.println("warning: " + TerminalText.escape(fileAndReason));
    }

    /** A progress or status line on stderr, escaped, left out with {@code --quiet}. */
    public void progress(String line) {
        if (!quiet) {
            endStatus();
            err.println(TerminalText.escape(line));
        }
    }

    /** Whether {@link #status} shows anything: stderr is a terminal and there is no {@code --quiet}. */
    public boolean showsStatus() {
        return statusLine;
    }

    /**
     * A status line for a person at the terminal, redrawn in place ({@code \r}, the rest of the line cleared)
     * until {@link #endStatus()} or any other line on stderr; nothing when {@link #showsStatus()} is false.
     */
    public synchronized void status(String line) {
        if (statusLine) {
            err.print("\r" + TerminalText.escape(line) + "\u001b[K");
            err.flush();
            statusShown = true;
        }
    }

    /** Clears the status line, if one is shown (the command line does it after every command). */
    public synchronized void endStatus() {
        if (statusShown) {
            err.print("\r\u001b[K");
            err.flush();
            statusShown = false;
        }
    }

    /** Reports an error, with the cause's stack trace only under {@code --debug}; returns {@link ExitCodes#FAILED}. */
    public int fail(String fileAndReason, Throwable cause) {
        error(fileAndReason);
        trace(cause);
        return ExitCodes.FAILED;
    }

    /** Prints a stack trace on stderr under {@code --debug}, nothing otherwise. */
    public void trace(Throwable cause) {
        if (debug && cause != null) {
            cause.printStackTrace(err);
        }
    }

    /**
     * Writes a command's machine output where the user asked: the {@code --out} file (through
     * {@link OutputFiles}, so replaced only with {@code --force}, atomically, and never when it is one of the
     * command's operands) or stdout. The command must list
     * {@link Option#OUT} and {@link Option#FORCE} in its options.
     */
    public void writeOutput(Arguments arguments, byte[] content) throws IOException {
        Optional<String> file = arguments.value(Option.OUT);
        if (file.isPresent() && !"-".equals(file.get())) {
            OutputFiles.write(Path.of(file.get()), content, arguments.has(Option.FORCE),
                    OutputFiles.inputsOf(arguments));
        } else {
            out.write(content);
            out.flush();
        }
    }

    public boolean quiet() {
        return quiet;
    }

    public boolean debug() {
        return debug;
    }
}
