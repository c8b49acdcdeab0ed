package org.vwb.live.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.concurrent.Callable;

/** Where the shell's command lines come from: a script on stdin, or a person at a terminal ({@link JLineLines}). */
interface ShellLines extends AutoCloseable {

    /** The next line, or null at the end of input. */
    String next() throws IOException;

    /** Runs one command; a person's Ctrl-C interrupts it. */
    default Object interruptible(Callable<Object> command) throws Exception {
        return command.call();
    }

    @Override
    default void close() throws IOException {
    }

    /** Lines of a script: no prompt, no editing. */
    final class Plain implements ShellLines {

        private final BufferedReader in;

        Plain(InputStream stdin) {
            this.in = new BufferedReader(new InputStreamReader(stdin, Charset.defaultCharset()));
        }

        @Override
        public String next() throws IOException {
            return in.readLine();
        }
    }
}
