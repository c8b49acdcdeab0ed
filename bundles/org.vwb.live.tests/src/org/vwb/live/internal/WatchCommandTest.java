package org.vwb.live.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.headless.CommandRegistry;
import org.vwb.headless.VwbCli;
import org.vwb.core.DeviceResult;
import org.vwb.core.LiveRun;
import org.vwb.core.RunOptions;
import org.vwb.core.RunResult;
import org.vwb.core.SwapRecord;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;
import org.vwb.model.Model;
import org.vwb.testing.Examples;
import org.vwb.testing.Json;
import org.vwb.testing.JsonSchemaCheck;
import org.vwb.testing.core.Configurations;

class WatchCommandTest {

    private final LiveFixture fixture = new LiveFixture();

    @AfterEach
    void cleanUp() {
        fixture.close();
    }

    private record Run(int exit, List<String> out, String err) {
    }

    private Run watch(InputStream stdin, String... args) {
        return watch(stdin, true, args);
    }

    private Run watch(InputStream stdin, boolean stdinIsTerminal, String... args) {
        return watch(stdin, stdinIsTerminal, new ByteArrayOutputStream(), new ByteArrayOutputStream(), args);
    }

    private Run watch(InputStream stdin, boolean stdinIsTerminal, ByteArrayOutputStream out, ByteArrayOutputStream err,
            String... args) {
        CommandRegistry commands = CommandRegistry.of(List.of(new WatchCommand(fixture.live(), stdin, stdinIsTerminal)));
        int exit = new VwbCli(commands).execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8).lines().toList(),
                err.toString(StandardCharsets.UTF_8));
    }

    /** Saves new content with a later modification time, as an editor would. */
    private static void save(Path file, byte[] content, int step) throws Exception {
        Files.write(file, content);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + step * 1000L));
        Thread.sleep(700);
    }

    /** Waits until the command has written the text (the run's own duration bounds the wait). */
    private static void awaitText(ByteArrayOutputStream stream, String text) throws InterruptedException {
        for (int i = 0; i < 200 && !stream.toString(StandardCharsets.UTF_8).contains(text); i++) {
            Thread.sleep(50);
        }
    }

    @Test
    void eachSaveIsAppliedOrRefusedAsOneLineAndAMalformedSaveIsReportedAndIgnored(@TempDir Path dir)
            throws Exception {
        Path file = LiveFixture.write(dir.resolve("live.vwb"), c -> { });
        byte[] synthetic = Files.readAllBytes(LiveFixture.write(dir.resolve("synthetic.vwb"), c -> {
            c.getVirtualMachines().get(0).getDevices().get(0).setMode(DeviceMode.SYNTHETIC);
            c.getVirtualMachines().get(0).getDevices().get(0).setDeviceModel("test-ring");
        }));
        byte[] invalid = Files.readAllBytes(LiveFixture.write(dir.resolve("invalid.vwb"),
                c -> c.getVirtualMachines().get(1).getDevices().get(0).setDeviceModel("no-such-nic")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread editor = new Thread(() -> {
            try {
                Thread.sleep(500);
                // each save waits until the watcher has dealt with the one before: on a busy machine two saves
                // in one poll would be seen as one
                save(file, synthetic, 1);
                awaitText(out, "applied at ");
                save(file, "<?xml version=\"1.0\"?>\n<vwb:Model broken".getBytes(StandardCharsets.UTF_8), 2);
                awaitText(err, "save ignored");
                save(file, invalid, 3);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        editor.start();
        PipedInputStream stdin = new PipedInputStream(new PipedOutputStream());
        Run run = watch(stdin, true, out, err, "watch", file.toString(), "--duration", "4s", "--speed", "1", "--seed",
                "3");
        editor.join();
        assertEquals(0, run.exit(), run.err());
        assertEquals(3, run.out().size(), run.out().toString());
        assertTrue(run.out().get(0).startsWith("applied at ") && run.out().get(0).contains(
                "vm1/net0: test-nic EMULATED -> test-ring SYNTHETIC"), run.out().get(0));
        assertTrue(run.out().get(1).startsWith("refused at ") && run.out().get(1).contains("no-such-nic"),
                run.out().get(1));
        assertTrue(run.out().get(2).startsWith("c completed after 4.000 s simulated: 1 change sets applied, 1 refused"),
                run.out().get(2));
        assertTrue(run.err().contains("error: " + file + ":") && run.err().contains("save ignored"), run.err());
    }

    @Test
    void endOfInputOnATerminalStopsTheRunWithAJsonSummarySayingStopped(@TempDir Path dir) throws Exception {
        Path file = LiveFixture.write(dir.resolve("live.vwb"), c -> { });
        Run run = watch(new ByteArrayInputStream(new byte[0]), "watch", file.toString(), "--format", "json", "-q");
        assertEquals(0, run.exit(), run.err());
        assertEquals(1, run.out().size(), run.out().toString());
        assertTrue(run.out().get(0).contains("\"summary\":true,\"configuration\":\"c\",\"status\":\"STOPPED\""),
                run.out().get(0));
        assertEquals(List.of(), schemaProblems(run.out().get(0)));
        assertEquals("", run.err());
    }

    @Test
    void everyJsonLineNamesItsRecordAndHoldsToThePublishedSchema() throws Exception {
        SwapRecord applied = new SwapRecord(1_000, 1_500, List.of("vm1/net0: e1000 EMULATED -> netvsc SYNTHETIC"),
                400, true, "", null, null);
        SwapRecord refused = new SwapRecord(2_000, -1, List.of(), 0, false, "vm1/net0: no device model 'x'", null,
                null);
        RunResult end = new RunResult("c", "v", DriverPlacement.PARENT_PARTITION, "g", 3_000, 10,
                RunResult.Status.COMPLETED, "", List.of(), List.of(), List.of(applied, refused));
        for (String line : List.of(SwapLines.json(applied), SwapLines.json(refused), SwapLines.summaryJson(end,
                3_000))) {
            assertEquals(List.of(), schemaProblems(line), line);
            assertTrue(line.startsWith("{\"report\":\"vwb-watch\",\"schemaVersion\":1,\"record\":\""), line);
        }
        assertTrue(SwapLines.summaryJson(end, 3_000).contains("\"record\":\"summary\""));
        assertTrue(SwapLines.json(refused).contains("\"record\":\"change\",\"applied\":false"));
    }

    private static List<String> schemaProblems(String line) throws java.io.IOException {
        Object schema = Json.parse(Files.readString(Examples.root().resolve("docs/watch.schema.json")));
        return new JsonSchemaCheck(schema).problems(Json.parse(line));
    }

    @Test
    void withoutATerminalOnStdinEndOfInputIsNoStopAndTheRunGoesOnToItsDuration(@TempDir Path dir)
            throws Exception {
        Path file = LiveFixture.write(dir.resolve("live.vwb"), c -> { });
        Run run = watch(new ByteArrayInputStream(new byte[0]), false, "watch", file.toString(), "--format", "json",
                "-q", "--duration", "2s", "--speed", "max");
        assertEquals(0, run.exit(), run.err());
        assertEquals(1, run.out().size(), run.out().toString());
        assertTrue(run.out().get(0).contains("\"status\":\"COMPLETED\",\"simulatedNanos\":2000000000,"),
                run.out().get(0));
    }

    @Test
    void liveLineShowsWhatEachDeviceCostsPerRequestOverTheLastInterval() throws Exception {
        Configuration configuration = Configurations.oneVm(
                DriverPlacement.PARENT_PARTITION, DeviceMode.EMULATED, 10_000, 2);
        LiveRun live = fixture.live().start((Model) configuration.eContainer(), null,
                RunOptions.seconds(3600, 1), 100);
        CostLine costs = new CostLine();
        RunResult first = waitForRequests(live, 1_000);
        costs.next(first);
        RunResult later = waitForRequests(live, first.devices().get(0).completed() + 1_000);
        String line = costs.next(later);
        DeviceResult nic = later.devices().get(0);
        assertTrue(line.matches(".* simulated, 0 change sets; vm1/net0 test-nic [0-9.]+ µs CPU, [0-9.]+ exits/req, "
                + "[0-9]+ req/s"), line);
        DeviceResult before = first.devices().get(0);
        long completed = nic.completed() - before.completed();
        double cpu = (nic.totalCpuMicrosPerRequest() * nic.completed() - before.totalCpuMicrosPerRequest()
                * before.completed()) / completed;
        double exits = (nic.exitsPerRequest() * nic.completed() - before.exitsPerRequest() * before.completed())
                / completed;
        assertTrue(cpu > 0 && exits > 0, nic.toString());
        assertTrue(line.contains(String.format(java.util.Locale.ROOT, " %.1f µs CPU, %.1f exits/req, ", cpu, exits)),
                "the interval's own figures: " + line);
        live.stop();
    }

    /** A snapshot once the device completed more than {@code requests}. */
    private static RunResult waitForRequests(LiveRun live, long requests)
            throws InterruptedException {
        for (int i = 0; i < 3_000; i++) {
            RunResult now = live.snapshot();
            if (!now.devices().isEmpty() && now.devices().get(0).completed() > requests) {
                return now;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the run completed no " + requests + " requests in a minute");
    }

    @Test
    void unreadableFileExitsOneAndAWrongSpeedIsAUsageError(@TempDir Path dir) throws Exception {
        Run missing = watch(new ByteArrayInputStream(new byte[0]), "watch", dir.resolve("none.vwb").toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().startsWith("error: " + dir.resolve("none.vwb")), missing.err());
        Path file = LiveFixture.write(dir.resolve("live.vwb"), c -> { });
        assertEquals(2, watch(new ByteArrayInputStream(new byte[0]), "watch", file.toString(), "--speed", "fast")
                .exit());
        Run noConfig = watch(new ByteArrayInputStream(new byte[0]), "watch", file.toString(), "--config", "nope");
        assertEquals(1, noConfig.exit());
        assertTrue(noConfig.err().contains("has no configuration 'nope'"), noConfig.err());
    }
}
