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

    public CommandIo(PrintStream out, PrintStream err, boolean quiet, boolean debug) {
        this.out = out;
        this.err = err;
        this.quiet = quiet;
        this.debug = debug;
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
        err.println("error: " + TerminalText.escape(fileAndReason));
    }

    /** One line on stderr, {@code warning: } followed by the file (and element or line) and the reason, escaped. */
    public void warning(String fileAndReason) {
        err.println("warning: " + TerminalText.escape(fileAndReason));
    }

    /** A progress or status line on stderr, escaped, left out with {@code --quiet}. */
    public void progress(String line) {
        if (!quiet) {
            err.println(TerminalText.escape(line));
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
