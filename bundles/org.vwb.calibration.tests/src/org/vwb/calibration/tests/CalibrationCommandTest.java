package org.vwb.calibration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.calibration.internal.CalibrationCommand;
import org.vwb.core.Simulator;
import org.vwb.headless.CommandRegistry;
import org.vwb.headless.ExitCodes;
import org.vwb.headless.VwbCli;
import org.vwb.testing.Examples;
import org.vwb.testing.InstalledPlugins;

/** {@code vwb calibration} given a file that is not a measurements file: one line naming it, exit 1, no table. */
class CalibrationCommandTest {

    private static VwbCli cli;

    @TempDir
    Path temp;

    private String out;
    private String err;

    @BeforeAll
    static void install() throws Exception {
        Simulator simulator = InstalledPlugins.start(CalibrationCommandTest.class, Simulator.class);
        cli = new VwbCli(CommandRegistry.of(List.of(new CalibrationCommand(simulator))));
    }

    private int calibration(Object... operands) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        String[] args = new String[operands.length + 1];
        args[0] = "calibration";
        for (int i = 0; i < operands.length; i++) {
            args[i + 1] = String.valueOf(operands[i]);
        }
        int exit = cli.execute(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        out = stdout.toString(StandardCharsets.UTF_8);
        err = stderr.toString(StandardCharsets.UTF_8);
        return exit;
    }

    @Test
    void aDirectoryIsNamedAsOneNotAsAMissingFile() {
        assertEquals(ExitCodes.FAILED, calibration(temp));
        assertEquals("error: " + temp + ": is a directory, not a measurements file\n", err);
        assertEquals("", out);
    }

    @Test
    void anEmptyFileIsInvalidInputNotAnEmptyTable() throws Exception {
        Path empty = Files.createFile(temp.resolve("empty.csv"));
        assertEquals(ExitCodes.FAILED, calibration(empty));
        assertEquals("error: " + empty + ": holds no measurement (9 comma-separated fields a line)\n", err);
        assertEquals("", out);
    }

    @Test
    void aBinaryFileIsNamedWithTheReason() throws Exception {
        Path binary = Files.write(temp.resolve("measurements.csv"), new byte[] { (byte) 0xff, (byte) 0xfe, 0, 1 });
        assertEquals(ExitCodes.FAILED, calibration(binary));
        assertEquals("error: " + binary + ": not a text file (UTF-8 comma-separated values expected)\n", err);
        assertFalse(err.contains("\tat "), "no stack trace without --debug");
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() throws Exception {
        Path huge = temp.resolve("huge.csv");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength((1 << 20) + 1);
        }
        assertEquals(ExitCodes.FAILED, calibration(huge));
        assertEquals("error: " + huge + ": file of 1048577 bytes exceeds the limit of 1048576 bytes for a "
                + "measurements file\n", err);
    }

    @Test
    void aDeviceThatNeverEndsIsRefusedNotReadUntilMemoryRunsOut() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        assertEquals(ExitCodes.FAILED, calibration(zero));
        assertEquals("error: /dev/zero: is not a regular file\n", err);
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = temp.resolve("none.csv");
        assertEquals(ExitCodes.FAILED, calibration(missing));
        assertEquals("error: " + missing + ": no such file\n", err);
    }

    @Test
    void twoFilesAreAUsageError() {
        assertEquals(ExitCodes.USAGE, calibration("a.csv", "b.csv"));
        assertEquals("error: one MEASUREMENTS.csv only, not 2 operands (usage: vwb calibration [OPTION]... "
                + "[MEASUREMENTS.csv]; see vwb calibration --help)\n", err);
    }

    @Test
    void measuredValuesThatAreNotAFiniteNumberAboveZeroAreRefusedNamingTheLine() throws Exception {
        for (String measured : List.of("NaN", "0", "-3.5", "Infinity")) {
            Path file = Files.writeString(temp.resolve("m.csv"), "# header\n" + row("exit_round_trip_cycles", measured));
            assertEquals(ExitCodes.FAILED, calibration(file), measured);
            assertEquals("error: " + file + ":2: measured value '" + measured + "' must be a finite number above 0\n",
                    err);
        }
        Path file = Files.writeString(temp.resolve("m.csv"), row("exit_round_trip_cycles", "fast"));
        assertEquals(ExitCodes.FAILED, calibration(file));
        assertEquals("error: " + file + ":1: measured value 'fast' is not a number\n", err);
    }

    @Test
    void anUnknownMetricIsNamedWithTheKnownOnesNotAJavaMessage() throws Exception {
        Path file = Files.writeString(temp.resolve("m.csv"), row("latency_p42", "1.0"));
        assertEquals(ExitCodes.FAILED, calibration(file));
        assertTrue(err.startsWith("error: " + file + ":1: unknown metric 'latency_p42' (known: "), err);
        assertTrue(err.contains("exit_round_trip_cycles") && !err.contains("enum"), err);
    }

    @Test
    void theTableIsAlignedInColumnsMarksMissesAndEndsWithASummary() throws Exception {
        Files.createDirectories(temp.resolve("seed"));
        Files.copy(Examples.path("seed/esx-vs-hyperv.vwb"), temp.resolve("seed/esx-vs-hyperv.vwb"));
        Path probe = Files.writeString(temp.resolve("probe.csv"), row("exit_round_trip_cycles", "1000"));
        assertEquals(ExitCodes.OK, calibration(probe), err);
        String model = out.lines().toList().get(1).split(" +")[3];
        Path file = Files.writeString(temp.resolve("m.csv"), row("exit_round_trip_cycles", model)
                + row("exit_round_trip_cycles", String.valueOf(Double.parseDouble(model) * 10)));
        assertEquals(ExitCodes.OK, calibration(file), "a miss is a finding, not a failure: " + err);
        List<String> lines = out.lines().toList();
        assertEquals(4, lines.size(), out);
        assertTrue(lines.get(1).contains("  1.00  within 25%  ") && lines.get(2).contains("  0.10  MISS  "), out);
        for (String column : List.of("model/measured", "verdict", "source")) {
            int at = lines.get(0).indexOf(column);
            int end = at + column.length();
            for (String line : lines.subList(1, 3)) {
                boolean left = !column.equals("model/measured");
                assertTrue(left ? line.charAt(at - 1) == ' ' && line.charAt(at) != ' '
                        : line.charAt(end - 1) != ' ' && line.charAt(end) == ' ', column + " misaligned:\n" + out);
            }
        }
        assertEquals("2 of 2 measurements reproduced: 1 within 25%, 1 MISS (0 predictions, 1 calibration)",
                lines.get(3));
    }

    private static String row(String metric, String measured) {
        return "seed/esx-vs-hyperv.vwb,hyperv-2008,legacy-vm,net0," + metric + "," + measured
                + ",cycles,calibration,a paper\n";
    }
}
