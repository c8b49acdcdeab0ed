package org.vwb.measure.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.calibration.Calibration;
import org.vwb.calibration.Reproduction;
import org.vwb.core.api.CostEvent;
import org.vwb.core.Simulator;
import org.vwb.measure.DeviceCount;
import org.vwb.measure.Direction;
import org.vwb.measure.MeasureOptions;
import org.vwb.measure.MeasuredDevice;
import org.vwb.measure.MeasuredRun;
import org.vwb.measure.MeasurementsCsv;
import org.vwb.measure.QemuHarness;
import org.vwb.measure.internal.QemuAvailability;
import org.vwb.model.Configuration;
import org.vwb.model.persistence.ModelFiles;
import org.vwb.testing.Examples;
import org.vwb.testing.InstalledPlugins;

/**
 * The KVM/QEMU profile's device models held to a real QEMU guest under TCG: every device's modelled register
 * accesses per request within 25 % of the measured, in both directions, and the devices in the same order
 * (IDE above AHCI above virtio-blk). The measurements go through the file `vwb calibration` reads, so the format
 * is held too. Runs where QEMU is installed; on CI it must be.
 */
class MeasuredAgainstModelTest {

    private static final double TOLERANCE = 0.25;
    /**
     * An access per ten requests: what one stray access (an ARP frame, a timer-driven read) leaves after the
     * baseline. Below it a device that makes no access per request (virtio-net receiving) measures as zero or
     * nearly so, where a ratio means nothing.
     */
    private static final double NOISE = 0.1;
    private static final int REQUESTS = 100;

    @TempDir
    static Path temp;

    private static MeasuredRun run;
    private static List<Reproduction> rows;

    @BeforeAll
    static void measure() throws Exception {
        QemuAvailability.require();
        MeasureOptions options = new MeasureOptions(List.of(MeasuredDevice.values()), REQUESTS, Optional.empty(),
                Optional.empty(), MeasureOptions.defaultCacheDir(), Duration.ofSeconds(120));
        run = QemuHarness.measure(options, line -> System.err.println("measure: " + line));
        Path file = temp.resolve("measured.csv");
        Files.writeString(file, MeasurementsCsv.write(run,
                Examples.path("validation/qemu-devices.vwb").toAbsolutePath().toString()), StandardCharsets.UTF_8);
        rows = new Calibration(InstalledPlugins.start(MeasuredAgainstModelTest.class, Simulator.class)).reproduce(file);
        rows.forEach(r -> System.err.println(String.format(Locale.ROOT, "%-12s %-7s %-22s measured %7.2f model %7.2f",
                r.measurement().device(), r.measurement().vm(), r.measurement().metric(), r.measurement().measured(),
                r.model())));
    }

    @Test
    void everyDeviceAndDirectionIsMeasuredAndModelled() {
        long zero = run.counts().stream().mapToLong(c -> (Math.round(c.accessesPerRequest() * 1000) <= 0 ? 1 : 0)
                + (Math.round(c.interruptsPerRequest() * 1000) <= 0 ? 1 : 0)).sum();
        assertEquals(MeasuredDevice.values().length * 2 * 2 - zero, rows.size(), "a row per figure, zeros as comments");
        rows.forEach(r -> assertEquals("", r.problem(), r.measurement().device()));
        assertTrue("TCG".equals(run.mode()) || "KVM".equals(run.mode()), run.mode());
        if (run.mode().equals("TCG")) {
            // QMP answered from the real QEMU, with nothing to count under TCG
            assertTrue(run.exits().contains("QMP query-stats answered with no KVM counters"), run.exits());
        } else {
            assertEquals(MeasuredDevice.values().length * 2, run.kvmExits().size(), run.exits());
        }
        assertTrue(run.guestKernel().matches("\\d+\\.\\d+.*"), run.guestKernel());
    }

    @Test
    void modelledAccessesPerRequestAreWithinAQuarterOfTheMeasured() {
        List<String> off = new ArrayList<>();
        for (Reproduction row : accesses().stream().filter(MeasuredAgainstModelTest::held).toList()) {
            double measured = row.measurement().measured();
            double difference = Math.abs(row.model() - measured);
            if (!Double.isFinite(row.model()) || difference > TOLERANCE * measured && difference > NOISE) {
                off.add(String.format(Locale.ROOT, "%s %s: measured %.2f, modelled %.2f", row.measurement().device(),
                        row.measurement().vm(), measured, row.model()));
            }
        }
        assertEquals(List.of(), off);
        assertTrue(accesses().stream().filter(MeasuredAgainstModelTest::held).count() >= 11, "the disks both ways and "
                + "the transmits are always held");
    }

    @Test
    void theDisksRankTheSameMeasuredAndModelled() {
        for (Direction direction : Direction.values()) {
            List<String> disks = List.of("ide", "ahci", "virtio-blk");
            double[] measured = disks.stream().mapToDouble(d -> row(d, direction).measurement().measured()).toArray();
            double[] modelled = disks.stream().mapToDouble(d -> row(d, direction).model()).toArray();
            assertTrue(measured[0] > measured[1] && measured[1] > measured[2], direction + " measured "
                    + java.util.Arrays.toString(measured));
            assertTrue(modelled[0] > modelled[1] && modelled[1] > modelled[2], direction + " modelled "
                    + java.util.Arrays.toString(modelled));
        }
    }

    @Test
    void theLegacyNicsCostMoreThanVirtioNetMeasuredAndModelled() {
        for (Direction direction : Direction.values()) {
            for (String legacy : List.of("e1000", "rtl8139")) {
                assertTrue(measured(legacy, direction) > measured("virtio-net", direction), legacy + " " + direction);
                // a direction virtio-net made no access in has no row (measured 0): only the measurement ranks it
                modelled("virtio-net", direction).ifPresent(virtio -> assertTrue(
                        row(legacy, direction).model() > virtio, legacy + " " + direction));
            }
        }
    }

    @Test
    void aDirectionMeasuredWithoutAccessesIsModelledWithoutAccesses() throws Exception {
        Simulator simulator = InstalledPlugins.start(MeasuredAgainstModelTest.class, Simulator.class);
        Configuration configuration = ModelFiles.load(Examples.path("validation/qemu-devices.vwb"))
                .getConfigurations().stream().filter(c -> c.getName().equals("kvm-qemu")).findFirst().orElseThrow();
        List<String> quiet = new ArrayList<>();
        for (DeviceCount count : run.counts()) {
            if (count.accessesPerRequest() < NOISE) {
                String device = count.device().id();
                quiet.add(device + " " + count.direction());
                long modelled = simulator.explain(configuration, count.direction().vm(), device)
                        .count(CostEvent.VM_EXIT);
                assertEquals(0, modelled, device + " " + count.direction() + " measured "
                        + count.accessesPerRequest() + " accesses per request");
            }
        }
        // virtio-net's receive is the one such direction today; if it ever traps, the 25 % rule holds it instead
        assertTrue(quiet.size() <= 1, quiet.toString());
    }

    /**
     * The rows the model is held to: every device both ways, where the requests were one at a time. virtio-net's
     * receive makes no access per frame (the guest posts its buffers ahead and QEMU's event index suppresses
     * the kick), so it has no accesses row: {@link #aDirectionMeasuredWithoutAccessesIsModelledWithoutAccesses}
     * holds it.
     */
    private static boolean held(Reproduction row) {
        return isolated(row);
    }

    /**
     * Whether the requests were one at a time, as the model traces one: each with its own interrupt. Received
     * frames arrive when the host sends them, and a guest that runs late (TCG on a loaded host) finds several per
     * interrupt, which saves the handler's accesses; such a run says nothing about one frame's path. Block
     * requests (synchronous dd) and transmits are always one at a time.
     */
    private static boolean isolated(Reproduction row) {
        return run.counts().stream().filter(c -> c.device().id().equals(row.measurement().device())
                && c.direction().vm().equals(row.measurement().vm())).allMatch(c -> c.interruptsPerRequest() >= 0.9);
    }

    private static List<Reproduction> accesses() {
        return rows.stream().filter(r -> r.measurement().metric().name().equals("ACCESSES_PER_REQUEST")).toList();
    }

    private static double measured(String device, Direction direction) {
        return run.counts().stream().filter(c -> c.device().id().equals(device) && c.direction() == direction)
                .findFirst().orElseThrow().accessesPerRequest();
    }

    /** The model's figure, where the measurements file has a row (a zero measurement has none). */
    private static Optional<Double> modelled(String device, Direction direction) {
        return accesses().stream().filter(r -> r.measurement().device().equals(device)
                && r.measurement().vm().equals(direction.vm())).findFirst().map(Reproduction::model);
    }

    private static Reproduction row(String device, Direction direction) {
        return accesses().stream().filter(r -> r.measurement().device().equals(device)
                && r.measurement().vm().equals(direction.vm())).findFirst().orElseThrow();
    }
}
