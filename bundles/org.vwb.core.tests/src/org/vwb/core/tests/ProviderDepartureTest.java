package org.vwb.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;
import org.vwb.core.DeviceResult;
import org.vwb.core.api.DriverPlacementModel;
import org.vwb.core.RunOptions;
import org.vwb.core.RunResult;
import org.vwb.core.Simulation;
import org.vwb.core.SwapRecord;
import org.vwb.core.api.VendorProfile;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;
import org.vwb.testing.core.Configurations;
import org.vwb.testing.core.StandIns;

/** A vendor profile or placement bundle that goes away mid-run parks the whole run; its return resumes it. */
class ProviderDepartureTest {

    private final StandIns plugins = new StandIns(ProviderDepartureTest.class);

    @AfterEach
    void uninstall() {
        plugins.unregisterAll();
    }

    private <T> void departsAndReturns(Class<T> type, Supplier<T> provider, String reason) throws Exception {
        ServiceRegistration<T> registration = plugins.register(type, provider.get());
        Configuration configuration = Configurations.oneVm(DriverPlacement.PARENT_PARTITION, DeviceMode.EMULATED,
                10_000, 2);
        configuration.getHypervisor().setVendorProfile("departing.vendor");
        Simulation run = plugins.simulator().start(configuration, RunOptions.seconds(1, 5));
        run.advanceTo(300_000_000L);
        registration.unregister();
        RunResult parked = run.advanceTo(600_000_000L);
        DeviceResult whileParked = parked.device("vm1", "net0").orElseThrow();
        assertTrue(whileParked.status().startsWith("parked: " + reason), whileParked.status());
        assertTrue(whileParked.waiting() > 1000, "requests wait in the guest: " + whileParked.waiting());
        Configuration next = EcoreUtil.copy(configuration);
        next.getVirtualMachines().get(0).getWorkloads().get(0).setRatePerSecond(5_000);
        var verdict = run.reconfigure(next);
        run.advanceTo(650_000_000L);
        SwapRecord refused = verdict.get(5, TimeUnit.SECONDS);
        assertFalse(refused.applied(), "no change while a provider is missing");
        plugins.register(type, provider.get());
        RunResult end = run.runToEnd();
        DeviceResult resumed = end.device("vm1", "net0").orElseThrow();
        assertEquals(RunResult.Status.COMPLETED, end.status(), end.failure());
        assertEquals("active", resumed.status());
        assertTrue(resumed.completed() > whileParked.completed() + whileParked.waiting() / 2,
                "the parked requests were served after the provider came back");
        LiveRunsTest.assertEveryRequestAccounted(end);
    }

    @Test
    void vendorProfileUninstalledMidRunParksEveryDeviceAndResumesWhenItReturns() throws Exception {
        plugins.registerAll();
        departsAndReturns(VendorProfile.class, () -> new StandIns.Vendor("departing.vendor"),
                "vendor profile 'departing.vendor' was uninstalled");
    }

    @Test
    void placementUninstalledMidRunParksEveryDeviceAndResumesWhenItReturns() throws Exception {
        plugins.registerAllBut(DriverPlacement.PARENT_PARTITION);
        plugins.register(VendorProfile.class, new StandIns.Vendor("departing.vendor"));
        departsAndReturns(DriverPlacementModel.class, () -> new StandIns.Placement(DriverPlacement.PARENT_PARTITION),
                "driver placement PARENT_PARTITION was uninstalled");
    }
}
