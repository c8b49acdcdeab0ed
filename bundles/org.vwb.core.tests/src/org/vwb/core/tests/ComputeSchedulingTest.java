package org.vwb.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vwb.core.ComputeResult;
import org.vwb.core.DeviceResult;
import org.vwb.core.RunOptions;
import org.vwb.core.RunResult;
import org.vwb.core.Simulation;
import org.vwb.core.Simulator;
import org.vwb.core.SwapRecord;
import org.vwb.core.api.CostEvent;
import org.vwb.core.api.CostModel;
import org.vwb.core.api.VendorProfile;
import org.vwb.model.ComputeJob;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;
import org.vwb.model.VirtualMachine;
import org.vwb.model.VwbFactory;
import org.vwb.testing.core.Configurations;
import org.vwb.testing.core.StandIns;

/**
 * CPU-bound jobs time-sharing the host's cores, on the stand-ins (every event 1,000 cycles at 1 GHz: one
 * microsecond): a job's stretch comes out of the queueing on the cores, its ticks and IPIs are exits, and
 * compute on every core delays I/O.
 */
class ComputeSchedulingTest {

    private static final StandIns PLUGINS = new StandIns(ComputeSchedulingTest.class);
    private static final String EPT_GENERATION = "intel-nehalem-2009";
    private static Simulator simulator;

    /** The stand-ins' round costs under the name of a generation whose MMU walks nested page tables. */
    private static final class NestedPagingCosts implements CostModel {
        private final CostModel costs = new StandIns.Costs();

        @Override
        public String id() {
            return EPT_GENERATION;
        }

        @Override
        public String description() {
            return "round numbers, nested paging";
        }

        @Override
        public double cycles(CostEvent event) {
            return costs.cycles(event);
        }

        @Override
        public String source(CostEvent event) {
            return "test stand-in";
        }
    }

    @BeforeAll
    static void install() {
        PLUGINS.registerAll();
        PLUGINS.register(VendorProfile.class, new StandIns.Vendor(VendorProfile.BARE_METAL));
        PLUGINS.register(CostModel.class, new NestedPagingCosts());
        simulator = PLUGINS.simulator();
    }

    @AfterAll
    static void uninstall() {
        PLUGINS.unregisterAll();
    }

    /** A host of {@code cores} with {@code vms} VMs of {@code vcpus} each, every one running a job of 1 s per vCPU. */
    private static Configuration jobs(int cores, int vms, int vcpus, double timerHz) {
        Configuration configuration = Configurations.oneVm(DriverPlacement.IN_HYPERVISOR, DeviceMode.SYNTHETIC, 0,
                cores);
        configuration.getVirtualMachines().get(0).getWorkloads().clear();
        for (int i = 2; i <= vms; i++) {
            Configurations.addVm(configuration, "vm" + i, DeviceMode.SYNTHETIC, 0).getWorkloads().clear();
        }
        for (VirtualMachine vm : configuration.getVirtualMachines()) {
            vm.setVcpus(vcpus);
            ComputeJob job = job(1);
            job.setTimerHz(timerHz);
            vm.setCompute(job);
        }
        return configuration;
    }

    private static RunResult run(Configuration configuration, double seconds) throws Exception {
        RunResult result = simulator.run(configuration, RunOptions.seconds(seconds, 7));
        assertEquals(RunResult.Status.COMPLETED, result.status(), result.failure());
        return result;
    }

    @Test
    void aJobWithCoresToSpareFinishesInItsWorkPlusItsTicksAndWaitsForNoCore() throws Exception {
        ComputeResult job = run(jobs(2, 1, 1, 100), 3).compute("vm1").orElseThrow();
        assertTrue(job.completed());
        assertEquals(1.0, job.guestSeconds(), 1e-6);
        assertEquals(0, job.readySeconds(), 1e-9);
        assertEquals(1.0, job.stretch(), 1e-9);
        // 100 ticks, each an exit: 3 us of exit, handling and entry plus 1 us of injection in the hypervisor, and
        // the guest's 1 us handler
        assertEquals(100, job.timerTicks(), 1);
        assertEquals(job.timerTicks(), job.exits());
        assertEquals(job.timerTicks() * 4e-6, job.overheadSeconds(), 1e-9);
        assertEquals(1.0 + job.timerTicks() * 5e-6, job.completionSeconds(), 1e-6);
    }

    @Test
    void overcommittingTheCoresStretchesAJobByTheOvercommitFactor() throws Exception {
        for (int factor = 1; factor <= 3; factor++) {
            // 2 cores, VMs of 2 vCPUs: factor VMs put factor times as many CPU-bound vCPUs as cores on the host
            RunResult result = run(jobs(2, factor, 2, 100), 4);
            for (ComputeResult job : result.computes()) {
                assertTrue(job.completed(), job.toString());
                assertEquals(factor, job.stretch(), 0.1 * factor, "overcommit " + factor + ": " + job);
                assertEquals(factor, job.completionSeconds() / (1.0 + job.overheadSeconds() / 2), 0.1 * factor);
                assertEquals(1 - 1.0 / factor, job.readyShare(), 0.05, "overcommit " + factor + ": " + job);
            }
        }
    }

    /** VM 1 with an open loop of I/O on two cores, beside two VMs whose two vCPUs each are CPU-bound. */
    private static Configuration besideCrunchers() {
        Configuration configuration = Configurations.oneVm(DriverPlacement.IN_HYPERVISOR, DeviceMode.SYNTHETIC, 1000,
                2);
        for (String name : new String[] {"cruncher1", "cruncher2"}) {
            VirtualMachine vm = Configurations.addVm(configuration, name, DeviceMode.SYNTHETIC, 0);
            vm.getWorkloads().clear();
            vm.setVcpus(2);
            vm.setCompute(job(10));
        }
        return configuration;
    }

    private static ComputeJob job(double cpuSeconds) {
        ComputeJob job = VwbFactory.eINSTANCE.createComputeJob();
        job.setName("batch");
        job.setCpuSeconds(cpuSeconds);
        return job;
    }

    @Test
    void ioBesideCpuBoundVmsPreemptsTheirSlicesWhileIoOfAVmThatComputesWaitsForItsVcpuToRun() throws Exception {
        Configuration alone = Configurations.oneVm(DriverPlacement.IN_HYPERVISOR, DeviceMode.SYNTHETIC, 1000, 2);
        double quiet = run(alone, 2).device("vm1", "net0").orElseThrow().latency().mean();
        RunResult beside = run(besideCrunchers(), 2);
        double boosted = beside.device("vm1", "net0").orElseThrow().latency().mean();
        assertTrue(boosted < 1.5 * quiet, "alone " + quiet + " us, beside compute " + boosted + " us");
        // the I/O's CPU is taken from the slices: the crunchers got less than their half core each
        assertTrue(beside.compute("cruncher1").orElseThrow().guestSeconds() < 2.0, beside.computes().toString());
        Configuration mixed = besideCrunchers();
        mixed.getVirtualMachines().get(0).setCompute(job(10));
        DeviceResult waits = run(mixed, 2).device("vm1", "net0").orElseThrow();
        assertTrue(waits.latency().mean() > 20 * quiet, "alone " + quiet + " us, its vCPU computing "
                + waits.latency().mean() + " us");
        // it waits for its vCPU's next slice, behind the slices of the four other vCPUs on two cores
        assertTrue(waits.latency().p50() < 5 * 30_000, "p50 " + waits.latency().p50() + " us");
    }

    @Test
    void onBareMetalTicksMakeNoExitAndCostOnlyTheHandler() throws Exception {
        Configuration configuration = jobs(2, 1, 1, 100);
        configuration.getHypervisor().setVendorProfile(VendorProfile.BARE_METAL);
        ComputeResult job = run(configuration, 3).compute("vm1").orElseThrow();
        assertEquals(0, job.exits());
        assertEquals(0, job.overheadSeconds(), 1e-12);
        assertEquals(1.0 + job.timerTicks() * 1e-6, job.completionSeconds(), 1e-6);
    }

    @Test
    void ipisAreTwoExitsEach() throws Exception {
        Configuration configuration = jobs(2, 1, 1, 0);
        configuration.getVirtualMachines().get(0).getCompute().setIpisPerSecond(1000);
        ComputeResult job = run(configuration, 3).compute("vm1").orElseThrow();
        assertEquals(1000, job.ipis(), 1);
        assertEquals(2 * job.ipis(), job.exits());
    }

    @Test
    void tlbMissesCostExtraOnlyWhereTheHardwareWalksNestedPageTables() throws Exception {
        Configuration shadow = jobs(2, 1, 1, 0);
        shadow.getVirtualMachines().get(0).getCompute().setTlbMissesPerSecond(1_000_000);
        Configuration nested = jobs(2, 1, 1, 0);
        nested.getHost().setHardwareGeneration(EPT_GENERATION);
        nested.getVirtualMachines().get(0).getCompute().setTlbMissesPerSecond(1_000_000);
        ComputeResult withShadow = run(shadow, 3).compute("vm1").orElseThrow();
        ComputeResult withNested = run(nested, 3).compute("vm1").orElseThrow();
        assertEquals(0, withShadow.overheadSeconds(), 1e-12);
        // a million misses, each 100 cycles more at 1 GHz
        assertEquals(1e6, withNested.tlbMisses(), 1);
        assertEquals(0.1, withNested.overheadSeconds(), 1e-6);
        assertEquals(1.1, withNested.completionSeconds(), 1e-3);
    }

    /**
     * The overcommit comparison (two VMs where one fits, against one) gives the same verdict, a job twice as long,
     * whatever the seed, the run's length and the host's size (with VMs of the same share of it).
     */
    @Test
    void theOvercommitVerdictHoldsAtTwoSeedsTwoDurationsAndTwoHostSizes() throws Exception {
        for (int cores : new int[] {2, 8}) {
            for (long seed : new long[] {1, 7}) {
                for (double seconds : new double[] {3, 5}) {
                    RunResult fits = simulator.run(jobs(cores, 1, cores, 100), RunOptions.seconds(seconds, seed));
                    RunResult twice = simulator.run(jobs(cores, 2, cores, 100), RunOptions.seconds(seconds, seed));
                    double ratio = twice.compute("vm1").orElseThrow().completionSeconds()
                            / fits.compute("vm1").orElseThrow().completionSeconds();
                    assertEquals(2, ratio, 0.1, cores + " cores, seed " + seed + ", " + seconds + " s");
                }
            }
        }
    }

    @Test
    void aLiveRunRefusesToChangeAJobAndARemovedVmsJobStopsAndLeavesItsCoreToTheOthers() throws Exception {
        Configuration configuration = jobs(1, 2, 1, 100);
        Simulation run = simulator.start(configuration, RunOptions.seconds(3, 3));
        run.advanceTo(400_000_000L);
        Configuration changed = EcoreUtil.copy(configuration);
        changed.getVirtualMachines().get(0).getCompute().setCpuSeconds(2);
        var refused = run.reconfigure(changed);
        run.advanceTo(500_000_000L);
        SwapRecord refusal = refused.get(5, TimeUnit.SECONDS);
        assertTrue(!refusal.applied() && refusal.reason().contains("changing its compute job needs a new run"),
                refusal.reason());
        Configuration fewer = EcoreUtil.copy(configuration);
        fewer.getVirtualMachines().remove(1);
        var removal = run.reconfigure(fewer);
        RunResult end = run.runToEnd();
        assertTrue(removal.get(5, TimeUnit.SECONDS).applied());
        ComputeResult gone = end.compute("vm2").orElseThrow();
        ComputeResult kept = end.compute("vm1").orElseThrow();
        // half the core each for half a second, then the whole core for vm1's remaining three quarters
        assertTrue(!gone.completed() && kept.completed(), end.computes().toString());
        assertEquals(0.25, gone.guestSeconds(), 0.04);
        assertEquals(1.25, kept.completionSeconds(), 0.06);
    }

    @Test
    void theSameSeedGivesTheSameJobFiguresAndAnUnfinishedJobHasNoCompletion() throws Exception {
        RunResult first = run(jobs(1, 2, 1, 250), 1);
        RunResult second = run(jobs(1, 2, 1, 250), 1);
        assertEquals(first.computes(), second.computes());
        ComputeResult job = first.compute("vm1").orElseThrow();
        assertTrue(!job.completed() && Double.isNaN(job.completionSeconds()), job.toString());
        assertEquals(0.5, job.guestSeconds(), 0.05);
        assertEquals(2, job.stretch(), 0.1);
    }
}
