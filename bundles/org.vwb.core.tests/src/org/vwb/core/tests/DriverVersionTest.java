package org.vwb.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vwb.core.NotRunnableException;
import org.vwb.core.RunOptions;
import org.vwb.core.RunResult;
import org.vwb.core.Simulator;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.RegisterAccess;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;
import org.vwb.model.VirtualDevice;
import org.vwb.testing.core.Configurations;
import org.vwb.testing.core.StandIns;

/** A device's driverVersion selects the access sequences of that guest driver; one the model lacks is refused. */
class DriverVersionTest {

    private static final StandIns PLUGINS = new StandIns(DriverVersionTest.class);
    private static final String ID = "test-versioned-nic";
    private static Simulator simulator;

    /** Today's driver (the stand-in's sequences) and an old one whose handler reads the cause register twice. */
    private static final class VersionedNic extends StandIns.Nic {
        private final boolean old;

        VersionedNic(boolean old) {
            super(ID);
            this.old = old;
        }

        @Override
        public List<String> driverVersions() {
            return List.of("today", "old");
        }

        @Override
        public DeviceModel forDriver(String version) {
            return "old".equals(version) ? new VersionedNic(true) : super.forDriver(version);
        }

        @Override
        public List<RegisterAccess> interruptSequence() {
            return old ? List.of(RegisterAccess.read(2, "read cause"), RegisterAccess.read(2, "loop: read again"))
                    : super.interruptSequence();
        }
    }

    @BeforeAll
    static void install() {
        PLUGINS.registerAll();
        PLUGINS.register(DeviceModel.class, new VersionedNic(false));
        simulator = PLUGINS.simulator();
    }

    @AfterAll
    static void uninstall() {
        PLUGINS.unregisterAll();
    }

    private static Configuration driven(String version) {
        Configuration configuration = Configurations.oneVm(DriverPlacement.IN_HYPERVISOR, DeviceMode.EMULATED, 500,
                16);
        VirtualDevice device = configuration.getVirtualMachines().get(0).getDevices().get(0);
        device.setDeviceModel(ID);
        device.setDriverVersion(version);
        return configuration;
    }

    private static double exitsPerRequest(String version) throws Exception {
        RunResult result = simulator.run(driven(version), RunOptions.seconds(0.5, 3));
        assertEquals(RunResult.Status.COMPLETED, result.status(), result.failure());
        return result.device("vm1", "net0").orElseThrow().exitsPerRequest();
    }

    @Test
    void theOldDriversExtraAccessIsAnExtraExitPerRequest() throws Exception {
        double today = exitsPerRequest("");
        assertEquals(today, exitsPerRequest("today"), 1e-9, "the first version is the default");
        assertEquals(today + 1, exitsPerRequest("old"), 0.02, "one interrupt per request, one more read each");
    }

    @Test
    void aVersionTheModelDoesNotKnowIsRefusedNamingTheOnesItKnows() {
        NotRunnableException refused = assertThrows(NotRunnableException.class,
                () -> simulator.run(driven("linux-1.0"), RunOptions.seconds(0.5, 3)));
        assertTrue(refused.reasons().stream().anyMatch(r -> r.contains("driverVersion 'linux-1.0'")
                && r.contains("known: today, old")), refused.reasons().toString());
    }
}
