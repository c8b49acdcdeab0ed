package org.vwb.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.vwb.headless.CommandIo;
import org.vwb.headless.Terminals;

/** Progress on a terminal is one line redrawn in place, cleared at the end; elsewhere it is left out. */
class StatusLineTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private CommandIo io(boolean quiet, boolean terminal) {
        return new CommandIo(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true,
                StandardCharsets.UTF_8), quiet, false, terminal);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void statusOnATerminalRedrawsOneLineAndIsClearedBeforeAnyOtherLineAndAtTheEnd() {
        CommandIo io = io(false, true);
        assertTrue(io.showsStatus());
        io.status("vwb:  10% simulated");
        io.status("vwb:  20% simulated");
        io.warning("x.vwb: a warning");
        io.status("vwb:  30% simulated");
        io.endStatus();
        io.endStatus();
        assertEquals("\rvwb:  10% simulated\u001b[K\rvwb:  20% simulated\u001b[K\r\u001b[Kwarning: x.vwb: a warning"
                + System.lineSeparator() + "\rvwb:  30% simulated\u001b[K\r\u001b[K", err());
        assertEquals(1, err().chars().filter(c -> c == '\n').count(), "one new line, the warning's; none per update");
    }

    @Test
    void statusIsLeftOutWhenStderrIsNoTerminalOrQuietIsGiven() {
        for (CommandIo io : new CommandIo[] { io(false, false), io(true, true) }) {
            assertFalse(io.showsStatus());
            io.status("vwb:  10% simulated");
            io.endStatus();
        }
        assertEquals("", err());
    }

    @Test
    void theLaunchScriptsWordOnEachStreamIsTakenAsIs() {
        String stdin = System.getProperty(Terminals.STDIN);
        String stderr = System.getProperty(Terminals.STDERR);
        try {
            System.setProperty(Terminals.STDIN, "false");
            System.setProperty(Terminals.STDERR, "true");
            assertFalse(Terminals.stdin());
            assertTrue(Terminals.stderr());
            assertTrue(new CommandIo(System.out, System.err, false, false).showsStatus());
            assertFalse(new CommandIo(System.out, System.err, true, false).showsStatus());
        } finally {
            restore(Terminals.STDIN, stdin);
            restore(Terminals.STDERR, stderr);
        }
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }
}
