package org.vwb.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vwb.core.NotRunnableException;
import org.vwb.core.PreparedConfiguration;
import org.vwb.core.RunOptions;
import org.vwb.core.RunResult;
import org.vwb.core.Simulation;
import org.vwb.core.Simulator;
import org.vwb.core.SwapRecord;
import org.vwb.core.internal.service.Preparation;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;
import org.vwb.testing.core.Configurations;
import org.vwb.testing.core.StandIns;

class PreparedConfigurationTest {

    private static final RunOptions SHORT = RunOptions.seconds(0.05, 3);

    private final StandIns plugins = new StandIns(PreparedConfigurationTest.class);
    private Simulator simulator;
    private long validations;
    private long snapshots;

    @BeforeEach
    void install() {
        plugins.registerAll();
        simulator = plugins.simulator();
    }

    @AfterEach
    void uninstall() {
        plugins.unregisterAll();
    }

    private void startCounting() {
        validations = Preparation.validations();
        snapshots = Preparation.snapshots();
    }

    private void assertCounted(long validated, long snapshotted) {
        assertEquals(validated, Preparation.validations() - validations, "validations");
        assertEquals(snapshotted, Preparation.snapshots() - snapshots, "snapshots");
    }

    @Test
    void preparedOnceTheConfigurationRunsExplainsAndGivesItsFiguresWithoutBeingReadAgain() throws Exception {
        Configuration configuration = Configurations.oneVm(DriverPlacement.PARENT_PARTITION, DeviceMode.EMULATED,
                200, 2);
        startCounting();
        PreparedConfiguration prepared = simulator.prepare(configuration);
        assertTrue(prepared.runnable(), prepared.problems()::toString);
        simulator.run(prepared, SHORT);
        simulator.start(prepared, SHORT).runToEnd();
        simulator.explain(prepared, prepared.devices().get(0).vm(), prepared.devices().get(0).device());
        simulator.staticFigures(prepared);
        assertCounted(1, 1);
    }

    @Test
    void theConfigurationTakingMethodsPrepareOncePerCall() throws Exception {
        Configuration configuration = Configurations.oneVm(DriverPlacement.PARENT_PARTITION, DeviceMode.EMULATED,
                200, 2);
        startCounting();
        simulator.run(configuration, SHORT);
        simulator.staticFigures(configuration);
        assertCounted(2, 2);
    }

    @Test
    void aVariantIsPreparedOnceAndAHotSwapToAPreparedConfigurationReadsNothing() throws Exception {
        Configuration configuration = Configurations.oneVm(DriverPlacement.PARENT_PARTITION, DeviceMode.EMULATED,
                200, 2);
        PreparedConfiguration prepared = simulator.prepare(configuration);
        configuration.getVirtualMachines().get(0).getDevices().get(0).setMode(DeviceMode.SYNTHETIC);
        configuration.getVirtualMachines().get(0).getDevices().get(0).setDeviceModel(StandIns.RING);
        PreparedConfiguration synthetic = simulator.prepare(configuration);
        startCounting();
        PreparedConfiguration variant = simulator.variant(prepared, StandIns.OTHER_VENDOR);
        assertCounted(1, 1);
        assertEquals(StandIns.OTHER_VENDOR, variant.vendorProfile());
        Simulation run = simulator.start(prepared, RunOptions.seconds(1, 3));
        CompletableFuture<SwapRecord> swap = run.reconfigure(synthetic);
        run.advanceTo(500_000_000L);
        assertTrue(swap.get(10, TimeUnit.SECONDS).applied(), () -> swap.join().toString());
        run.stop();
        run.runToEnd();
        assertCounted(1, 1);
    }

    @Test
    void aPreparedConfigurationIsUnchangedByLaterEditsOfItsModelAndRunsOnAnotherThread() throws Exception {
        Configuration configuration = Configurations.oneVm(DriverPlacement.PARENT_PARTITION, DeviceMode.EMULATED,
                200, 2);
        RunResult before = simulator.run(configuration, SHORT);
        PreparedConfiguration prepared = simulator.prepare(configuration);
        configuration.getVirtualMachines().get(0).getWorkloads().get(0).setRatePerSecond(5000);
        configuration.getVirtualMachines().get(0).setName("renamed");
        RunResult elsewhere = CompletableFuture.supplyAsync(() -> {
            try {
                return simulator.run(prepared, SHORT);
            } catch (NotRunnableException e) {
                throw new IllegalStateException(e);
            }
        }).get(30, TimeUnit.SECONDS);
        assertEquals(before.devices(), elsewhere.devices());
        assertEquals(List.of(configuration.getVirtualMachines().get(0).getName()), List.of("renamed"));
    }

    @Test
    void aConfigurationThatCannotRunCarriesItsProblemsAndIsRefusedByEveryUse() {
        Configuration configuration = Configurations.oneVm(DriverPlacement.PARENT_PARTITION, DeviceMode.EMULATED,
                200, 2);
        configuration.getVirtualMachines().get(0).getDevices().get(0).setDeviceModel("no-such-nic");
        PreparedConfiguration prepared = simulator.prepare(configuration);
        assertFalse(prepared.runnable());
        assertTrue(prepared.problems().stream().anyMatch(p -> p.contains("device model 'no-such-nic' is not "
                + "installed")), prepared.problems()::toString);
        NotRunnableException refused = assertThrows(NotRunnableException.class, () -> simulator.start(prepared,
                SHORT));
        assertEquals(prepared.problems(), refused.reasons());
        assertThrows(NotRunnableException.class, () -> simulator.staticFigures(prepared));
        assertThrows(NotRunnableException.class, () -> simulator.variant(prepared, StandIns.OTHER_VENDOR));
    }
}
