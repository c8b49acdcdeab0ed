package org.vwb.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.headless.CommandRegistry;
import org.vwb.headless.ExitCodes;
import org.vwb.headless.internal.commands.AuditCommand;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.testing.Examples;
import org.vwb.testing.Json;
import org.vwb.testing.StandInPlugins;

/** {@code vwb audit --simulate} with stand-in plugins for KVM, with a simulator lacking them, and without one. */
class AuditSimulationTest {

    @TempDir
    Path temp;

    private static StandInPlugins kvm() {
        return StandInPlugins.forTest(AuditSimulationTest.class).vendorProfile("kvm.qemu")
                .device("e1000", DeviceKind.NETWORK, DeviceMode.EMULATED)
                .device("ne2k_pci", DeviceKind.NETWORK, DeviceMode.EMULATED)
                .device("rtl8139", DeviceKind.NETWORK, DeviceMode.EMULATED)
                .device("ide", DeviceKind.BLOCK, DeviceMode.EMULATED)
                .device("virtio-net", DeviceKind.NETWORK, DeviceMode.SYNTHETIC)
                .device("virtio-blk", DeviceKind.BLOCK, DeviceMode.SYNTHETIC).register();
    }

    @Test
    void simulateReportsWhatEachSwitchSavesInCpuExitsAndLatency() throws Exception {
        legacyGuest();
        try (StandInPlugins plugins = kvm()) {
            CliRun run = CliRun.of("audit", temp, "--simulate");
            assertEquals(ExitCodes.OK, run.exit(), run::toString);
            assertTrue(run.out().contains("what the switch would save according to the simulation (2 s simulated"
                    + " per run, seed 42; workload: 1,000 requests/s of 4 KiB"), run::toString);
            assertTrue(run.out().matches("(?s).*: e1000 -> virtio-net: CPU [\\d.]+ -> [\\d.]+ us/request \\(saves "
                    + "[\\d.]+\\), exits [\\d.]+ -> [\\d.]+ per request \\(saves [\\d.]+\\), p99 latency .*"),
                    run::toString);
        }
    }

    @Test
    void simulatedSwitchesAppearInTheJsonWithFiguresThatFavourTheSyntheticDevice() throws Exception {
        legacyGuest();
        try (StandInPlugins plugins = kvm()) {
            CliRun run = CliRun.of("audit", temp, "--simulate", "--format", "json");
            assertEquals(ExitCodes.OK, run.exit(), run::toString);
            assertEquals(List.of(), SimulationTestSupport.schemaProblems("audit", run.out()));
            Map<?, ?> simulation = (Map<?, ?>) Json.object(run.out()).get("simulation");
            assertEquals(Boolean.TRUE, simulation.get("available"));
            List<?> switches = (List<?>) simulation.get("switches");
            assertEquals(4, switches.size(), "ide, e1000, ne2k_pci and rtl8139: " + run.out());
            for (Object entry : switches) {
                Map<?, ?> estimate = (Map<?, ?>) entry;
                Map<?, ?> before = (Map<?, ?>) estimate.get("before");
                Map<?, ?> after = (Map<?, ?>) estimate.get("after");
                assertTrue((Double) before.get("exitsPerRequest") > (Double) after.get("exitsPerRequest"),
                        estimate::toString);
                assertTrue((Double) after.get("completed") > 1000, "two seconds at 1,000 requests/s");
            }
            assertEquals(run.out(), CliRun.of("audit", temp, "--simulate", "--format", "json").out(),
                    "fixed seed, same figures");
        }
    }

    @Test
    void simulateNamesWhatIsNotInstalledPerSwitchAndStillExitsZero() throws Exception {
        legacyGuest();
        CliRun run = CliRun.of("audit", temp, "--simulate");
        assertEquals(ExitCodes.OK, run.exit(), run::toString);
        assertTrue(run.out().contains("not simulated, cannot run: ")
                && run.out().contains("vendor profile 'kvm.qemu' is not installed"), run::toString);
    }

    @Test
    void withoutASimulatorTheAuditSaysSimulationUnavailable() throws Exception {
        legacyGuest();
        CommandRegistry noSimulator = CommandRegistry.of(List.of(new AuditCommand(Optional::empty)));
        CliRun text = CliRun.with(noSimulator, "audit", temp, "--simulate");
        assertEquals(ExitCodes.OK, text.exit(), text::toString);
        assertTrue(text.out().contains("simulation unavailable"), text::toString);
        CliRun json = CliRun.with(noSimulator, "audit", temp, "--simulate", "--format", "json");
        assertEquals(Map.of("available", false), Json.object(json.out()).get("simulation"));
        assertEquals(List.of(), SimulationTestSupport.schemaProblems("audit", json.out()));
    }

    private void legacyGuest() throws Exception {
        Files.copy(Examples.path("interchange/libvirt-qemu-legacy.xml"), temp.resolve("legacy.xml"));
    }
}
