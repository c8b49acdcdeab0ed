package org.vwb.measure.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.headless.CommandRegistry;
import org.vwb.headless.ExitCodes;
import org.vwb.headless.VwbCli;
import org.vwb.measure.internal.MeasureCommand;

/** {@code vwb measure qemu}'s refusals: each one line, the right exit code, nothing started. */
class MeasureCommandTest {

    private static final VwbCli CLI = new VwbCli(CommandRegistry.of(List.of(new MeasureCommand())));

    @TempDir
    Path temp;

    private String out;
    private String err;

    private int measure(String... args) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        String[] all = new String[args.length + 1];
        all[0] = "measure";
        System.arraycopy(args, 0, all, 1, args.length);
        int exit = CLI.execute(all, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        out = stdout.toString(StandardCharsets.UTF_8);
        err = stderr.toString(StandardCharsets.UTF_8);
        return exit;
    }

    @Test
    void aMissingQemuIsOneLineSayingWhatToInstall() {
        Path nowhere = temp.resolve("qemu-system-x86_64");
        assertEquals(ExitCodes.FAILED, measure("qemu", "--qemu", nowhere.toString(), "--devices", "ide"));
        assertEquals("error: " + nowhere + ": not an executable file; install QEMU (Debian/Ubuntu: "
                + "apt-get install qemu-system-x86)\n", err);
        assertEquals("", out);
    }

    @Test
    void anUnknownDeviceIsAUsageErrorListingTheKnownOnes() {
        assertEquals(ExitCodes.USAGE, measure("qemu", "--devices", "e1000,floppy"));
        assertTrue(err.startsWith("error: no measured device 'floppy' (known: e1000,rtl8139,virtio-net,ide,ahci,"),
                err);
    }

    @Test
    void tooFewRequestsAreAUsageError() {
        assertEquals(ExitCodes.USAGE, measure("qemu", "--requests", "3"));
        assertTrue(err.contains("requests must be between 10 and 20000, not 3"), err);
    }

    @Test
    void onlyQemuCanBeMeasured() {
        assertEquals(ExitCodes.USAGE, measure("xen"));
        assertTrue(err.contains("the hypervisor to measure: qemu"), err);
    }

    @Test
    void anExistingOutputIsRefusedBeforeAnyGuestStarts() throws Exception {
        Path existing = Files.writeString(temp.resolve("m.csv"), "keep me");
        assertEquals(ExitCodes.FAILED, measure("qemu", "--out", existing.toString()));
        assertEquals("error: " + existing + ": exists (use --force to replace it)\n", err);
        assertEquals("keep me", Files.readString(existing));
    }
}
