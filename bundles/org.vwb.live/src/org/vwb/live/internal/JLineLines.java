package org.vwb.live.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.felix.gogo.jline.Parser;
import org.apache.felix.service.command.CommandSession;
import org.jline.builtins.Completers.FileNameCompleter;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * A person at a terminal: JLine reads each line with editing, a history kept between sessions (in vwb's cache
 * folder) and completion (Tab: commands, then what each vwb command takes), parsed as Gogo parses it (Gogo's
 * JLine parser). Ctrl-C cancels the line being typed, or interrupts the command running; it never ends the shell.
 */
final class JLineLines implements ShellLines {

    private final Terminal terminal;
    private final LineReader reader;
    private volatile Thread running;

    JLineLines(CommandSession session, ShellCommands vwb) throws IOException {
        terminal = TerminalBuilder.builder().system(true).nativeSignals(true).build();
        FileNameCompleter files = new FileNameCompleter();
        reader = LineReaderBuilder.builder().terminal(terminal).appName("vwb").parser(new Parser())
                .completer((lineReader, line, candidates) -> complete(session, vwb, files, lineReader, line,
                        candidates))
                .variable(LineReader.HISTORY_FILE, history()).build();
        terminal.handle(Terminal.Signal.INT, signal -> {
            Thread command = running;
            if (command != null) {
                command.interrupt();
            }
        });
    }

    @Override
    public String next() {
        try {
            return reader.readLine("vwb> ");
        } catch (UserInterruptException cancelled) {
            return ""; // Ctrl-C: the line is dropped, the shell goes on
        } catch (EndOfFileException end) {
            return null;
        }
    }

    @Override
    public Object interruptible(Callable<Object> command) throws Exception {
        running = Thread.currentThread();
        try {
            return command.call();
        } finally {
            running = null;
            Thread.interrupted(); // a Ctrl-C that came after the command ended is not the next one's
        }
    }

    @Override
    public void close() throws IOException {
        reader.getHistory().save();
        terminal.close();
    }

    private static void complete(CommandSession session, ShellCommands vwb, FileNameCompleter files,
            LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words().subList(0, line.wordIndex());
        if (words.size() == 1 && words.get(0).equals("vwb:load")) {
            files.complete(reader, line, candidates);
            return;
        }
        List<String> choices = words.isEmpty() ? ShellCompletions.commands(session) : vwb.completions(words);
        choices.forEach(choice -> candidates.add(new Candidate(choice)));
    }

    private static Path history() {
        String cache = System.getenv("XDG_CACHE_HOME");
        return (cache == null || cache.isEmpty() ? Path.of(System.getProperty("user.home"), ".cache") : Path.of(cache))
                .resolve("vwb").resolve("shell-history");
    }
}
