package org.vwb.calibration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vwb.core.api.ContextKind;
import org.vwb.core.DeviceResult;
import org.vwb.core.RunOptions;
import org.vwb.core.RunResult;
import org.vwb.core.Simulator;
import org.vwb.core.StaticFigures;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceKind;
import org.vwb.model.Model;
import org.vwb.model.persistence.ModelFiles;
import org.vwb.testing.Examples;
import org.vwb.testing.InstalledPlugins;

/** The claims of the seed article, emerging from the mechanisms of the seed example (examples/seed). */
class SeedClaimsTest {

    private static Simulator simulator;
    private static Model seed;
    private static RunResult esx;
    private static RunResult hyperV;

    @BeforeAll
    static void runTheSeedExample() throws Exception {
        simulator = InstalledPlugins.start(SeedClaimsTest.class, Simulator.class);
        seed = ModelFiles.load(Examples.path("seed/esx-vs-hyperv.vwb"));
        esx = simulator.run(configuration("esxi-3.5"), RunOptions.seconds(5, 42));
        hyperV = simulator.run(configuration("hyperv-2008"), RunOptions.seconds(5, 42));
    }

    private static Configuration configuration(String name) {
        return seed.getConfigurations().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
    }

    private static DeviceResult device(RunResult run, String vm, String device) {
        return run.device(vm, device).orElseThrow(() -> new AssertionError("no result for " + vm + "/" + device));
    }

    @Test
    void bothConfigurationsRunToTheEnd() {
        assertEquals(RunResult.Status.COMPLETED, esx.status(), esx.failure());
        assertEquals(RunResult.Status.COMPLETED, hyperV.status(), hyperV.failure());
    }

    @Test
    void emulatedLegacyNicCostsManyMoreExitsAndMuchMoreHostCpuThanTheSyntheticNic() {
        DeviceResult legacy = device(hyperV, "legacy-vm", "net0");
        DeviceResult synthetic = device(hyperV, "enlightened-vm", "net0");
        assertTrue(legacy.exitsPerRequest() > 3 * synthetic.exitsPerRequest(),
                "dec21140 " + legacy.exitsPerRequest() + " vs netvsc " + synthetic.exitsPerRequest() + " exits");
        assertTrue(legacy.totalCpuMicrosPerRequest() > 2 * synthetic.totalCpuMicrosPerRequest(),
                "dec21140 " + legacy.totalCpuMicrosPerRequest() + " vs netvsc " + synthetic.totalCpuMicrosPerRequest()
                        + " CPU us per request");
    }

    @Test
    void legacyDevicesOnHyperVKeepAWorkerProcessInTheParentBusyWhereEsxEmulatesInTheHypervisor() {
        DeviceResult hyperVLegacy = device(hyperV, "legacy-vm", "net0");
        DeviceResult esxLegacy = device(esx, "legacy-vm", "net0");
        assertTrue(hyperVLegacy.cpuMicrosPerRequest().getOrDefault(ContextKind.WORKER, 0.0) > 0,
                hyperVLegacy.cpuMicrosPerRequest().toString());
        assertFalse(esxLegacy.cpuMicrosPerRequest().containsKey(ContextKind.WORKER),
                esxLegacy.cpuMicrosPerRequest().toString());
        assertTrue(hyperV.cpuSeconds(ContextKind.WORKER) > 0);
    }

    @Test
    void parentPartitionPaysPartitionSwitchesThatTheInHypervisorPlacementDoesNot() {
        assertTrue(device(hyperV, "enlightened-vm", "net0").switchesPerRequest() > 0);
        assertEquals(0.0, device(esx, "enlightened-vm", "net0").switchesPerRequest(), 1e-9);
        assertTrue(hyperV.cpuSeconds(ContextKind.PARENT) > 0);
        assertEquals(0.0, esx.cpuSeconds(ContextKind.PARENT), 1e-12);
    }

    @Test
    void hyperVWithServerCoreIsAbout2GigabytesAgainstEsxi35About32Megabytes() throws Exception {
        StaticFigures esxFigures = simulator.staticFigures(configuration("esxi-3.5"));
        StaticFigures hyperVFigures = simulator.staticFigures(configuration("hyperv-2008"));
        double esxBytes = esxFigures.footprint().value();
        double hyperVBytes = hyperVFigures.footprint().value();
        assertTrue(esxBytes > 30e6 && esxBytes < 36e6, "ESXi 3.5: " + esxBytes);
        assertTrue(hyperVBytes > 1.9e9 && hyperVBytes < 2.3e9, "Hyper-V 2008 Server Core: " + hyperVBytes);
        assertFalse(esxFigures.footprint().source().isBlank());
    }

    @Test
    void driversInTheParentStayOutOfTheHypervisorsTrustedCodeAndBlastRadius() throws Exception {
        StaticFigures esxFigures = simulator.staticFigures(configuration("esxi-3.5"));
        StaticFigures hyperVFigures = simulator.staticFigures(configuration("hyperv-2008"));
        assertEquals("bytes", esxFigures.trustedCode().unit());
        assertEquals("bytes", hyperVFigures.trustedCode().unit());
        assertTrue(hyperVFigures.trustedCode().value() < esxFigures.trustedCode().value());
        assertTrue(esxFigures.blastRadius().stream().allMatch(b -> b.hypervisorFalls()
                && b.vmsAffected().size() == 2), esxFigures.blastRadius().toString());
        assertTrue(hyperVFigures.blastRadius().stream().noneMatch(StaticFigures.BlastRadius::hypervisorFalls),
                hyperVFigures.blastRadius().toString());
    }

    @Test
    void hyperVReusesWindowsDriversWhereTheEsxCertifiedListHasNone() {
        String realtekNic = "10ec:8168";
        assertTrue(simulator.vendorProfile("microsoft.hyperv-2008").orElseThrow()
                .hasDriverFor(realtekNic, DeviceKind.NETWORK));
        assertFalse(simulator.vendorProfile("vmware.esxi-3.5").orElseThrow()
                .hasDriverFor(realtekNic, DeviceKind.NETWORK));
    }

    @Test
    void syntheticChannelCarriesSeveralRequestsPerNotificationUnderLoad() throws Exception {
        // transmits only: a received frame notifies no back end (the guest posts buffers the back end already has)
        Model transmits = org.eclipse.emf.ecore.util.EcoreUtil.copy(seed);
        transmits.getConfigurations().get(1).getVirtualMachines().get(0).getWorkloads().get(0).setReadFraction(0);
        Model copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(transmits);
        Configuration loaded = copy.getConfigurations().get(1);
        loaded.getHost().setCores(1);
        // small packets, so the 1 Gb/s NIC is not what limits the channel: the one core is
        loaded.getVirtualMachines().get(0).getWorkloads().get(0).setRequestBytes(64);
        loaded.getVirtualMachines().get(0).getWorkloads().get(0).setRatePerSecond(120_000);
        DeviceResult idle = device(simulator.run(transmits.getConfigurations().get(1), RunOptions.seconds(5, 42)),
                "enlightened-vm", "net0");
        DeviceResult busy = device(simulator.run(loaded, RunOptions.seconds(0.2, 42)), "enlightened-vm", "net0");
        assertTrue(idle.notificationsPerRequest() > 0.9, "light load: " + idle.notificationsPerRequest());
        assertTrue(busy.notificationsPerRequest() < 0.5 * idle.notificationsPerRequest(),
                "120,000 small requests/s on one core shared by guests and back end: " + busy.notificationsPerRequest() + " notifications per request");
    }

    @Test
    void theSeedComparisonRepeatsExactly() throws Exception {
        assertEquals(hyperV, simulator.run(configuration("hyperv-2008"), RunOptions.seconds(5, 42)));
    }
}
