package org.example.sriov.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.example.sriov.SriovCommand;
import org.junit.jupiter.api.Test;
import org.vwb.headless.CommandRegistry;
import org.vwb.headless.VwbCli;

/**
 * {@code vwb sriov} on vwb's seed configuration: the virtual function, carried by the plugin's own device family,
 * removes the device's exits but its interrupts', and ELI those too.
 */
class SriovCommandTest {

    /** vwb's seed, beside this example in vwb's source tree (the tests run in the module's folder). */
    private static final Path SEED = Path.of("../../seed/esx-vs-hyperv.vwb");

    @Test
    void aVirtualFunctionExitsLessThanTheMappedDeviceAndNotAtAllWithExitlessInterrupts() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandRegistry commands = CommandRegistry.of(List.of(new SriovCommand(VwbRuntime.start(getClass()))));

        int exit = new VwbCli(commands).execute(new String[] { "sriov", SEED.toString(), "--config", "hyperv-2008",
                "--vm", "legacy-vm", "--device", "net0", "--duration", "1s" }, new PrintStream(out, true,
                        StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        String table = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, table + err.toString(StandardCharsets.UTF_8));
        List<String> rows = table.lines().skip(2).toList();
        assertEquals(3, rows.size(), table);
        double mapped = exits(rows.get(0));
        double injected = exits(rows.get(1));
        double exitless = exits(rows.get(2));
        assertTrue(mapped > injected && injected > 0, table);
        assertEquals(0.0, exitless, table);
        assertEquals(2 * column(rows.get(1), 1), injected, 0.02,
                "through the hypervisor, each interrupt costs its delivery's and its end-of-interrupt's exit, and "
                        + "nothing on the virtual function's data path exits: " + table);
    }

    /** The exits-per-request column of a row (the first number after the label). */
    private static double exits(String row) {
        return column(row, 0);
    }

    /**
     * The row's {@code index}th number after the label (exits, interrupts, CPU per request, requests/s); columns
     * are printed at least two spaces apart, the label's words one.
     */
    private static double column(String row, int index) {
        return Double.parseDouble(row.trim().split(" {2,}")[1 + index].trim());
    }
}
