package org.vwb.sweep.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.core.DeviceResult;
import org.vwb.core.LatencySummary;
import org.vwb.core.RunOptions;
import org.vwb.core.RunResult;
import org.vwb.model.Configuration;
import org.vwb.model.Model;
import org.vwb.model.VirtualMachine;
import org.vwb.model.Workload;
import org.vwb.model.persistence.ModelFiles;
import org.vwb.sweep.DeviceFigures;
import org.vwb.sweep.LatencyBucket;
import org.vwb.sweep.RunFigures;
import org.vwb.sweep.SweepExecutor;
import org.vwb.sweep.SweepTask;
import org.vwb.sweep.internal.results.SweepPlan;

/** The local executor's sweep is the single runs it stands for, run by hand, bit for bit. */
class LocalSweepTest {

    @Test
    void eachRunOfALocalSweepEqualsTheSingleRunItStandsFor() throws Exception {
        SweepPlan plan = SweepFixtures.plan(List.of("esxi-3.5", "hyperv-2008"), List.of(7L, 8L),
                "vm[legacy-vm].workload[web].rate=250,4000");
        List<SweepTask> tasks = plan.tasks();
        List<RunFigures> swept = SweepFixtures.local().execute(tasks, SweepExecutor.Target.local(), f -> { });
        assertEquals(8, swept.size());
        for (SweepTask task : tasks) {
            RunFigures figures = swept.get(task.index());
            assertNull(figures.failure(), () -> task + ": " + figures.failure());
            RunResult single = singleRun(task.configuration(), Double.parseDouble(task.assignments().get(0).value()),
                    task.seed());
            assertEquals(single.events(), figures.events(), task::toString);
            assertEquals(single.throughputPerSecond(), figures.throughputPerSecond(), 0.0, task::toString);
            List<DeviceResult> devices = single.devices().stream().filter(d -> d.completed() > 0).toList();
            assertEquals(devices.size(), figures.devices().size());
            for (int i = 0; i < devices.size(); i++) {
                DeviceFigures device = figures.devices().get(i);
                assertEquals(devices.get(i).completed(), device.completed());
                assertEquals(devices.get(i).totalCpuMicrosPerRequest(), device.cpuMicrosPerRequest(), 0.0);
                assertEquals(nonEmpty(devices.get(i).latency()), device.latency());
            }
        }
        assertTrue(swept.get(1).throughputPerSecond() != swept.get(0).throughputPerSecond(),
                "two seeds of one combination differ");
    }

    @Test
    void oneCoreAndEveryCoreGiveTheSameFigures() throws Exception {
        List<SweepTask> tasks = SweepFixtures.plan(List.of("hyperv-2008"), List.of(1L, 2L, 3L), "size=512,8192")
                .tasks();
        List<RunFigures> one = SweepFixtures.local().execute(tasks, new SweepExecutor.Target(List.of(), 1), f -> { });
        List<RunFigures> all = SweepFixtures.local().execute(tasks, SweepExecutor.Target.local(), f -> { });
        assertEquals(one, all);
    }

    @Test
    void aFailingCombinationIsReportedWithItsReasonWhileTheOthersRun() throws Exception {
        List<SweepTask> tasks = SweepFixtures.plan(List.of("hyperv-2008"), List.of(1L),
                "vendor=no-such-vendor,esxi-3.5", "vm[legacy-vm].vcpus=1,2").tasks();
        List<RunFigures> heard = Collections.synchronizedList(new ArrayList<>());
        List<RunFigures> figures = SweepFixtures.local().execute(tasks, SweepExecutor.Target.local(), heard::add);
        assertEquals(4, heard.size(), "the listener hears each run once");
        for (RunFigures run : figures.subList(0, 2)) {
            assertTrue(run.failed());
            assertTrue(run.failure().contains("vendor 'no-such-vendor': no such vendor profile installed"),
                    run.failure());
        }
        for (RunFigures run : figures.subList(2, 4)) {
            assertFalse(run.failed(), () -> run.failure());
            assertEquals("vmware.esxi-3.5", run.vendorProfile());
        }
    }

    @Test
    void aCombinationThatDoesNotValidateFailsNamingTheElement() throws Exception {
        // a legacy guest cannot have a synthetic NIC: the validation rule of the model says so, for this run only
        List<SweepTask> tasks = SweepFixtures.plan(List.of("hyperv-2008"), List.of(1L),
                "vm[legacy-vm].device[net0].mode=synthetic,emulated").tasks();
        List<RunFigures> figures = SweepFixtures.local().execute(tasks, SweepExecutor.Target.local(), f -> { });
        assertTrue(figures.get(0).failed());
        assertTrue(figures.get(0).failure().contains("virtual machine 'legacy-vm' / virtual device 'net0'"),
                figures.get(0).failure());
        assertFalse(figures.get(1).failed());
    }

    @Test
    void aParameterThatNamesNothingIsFoundBeforeAnyRun() throws Exception {
        List<String> problems = SweepFixtures.worker().check(SweepFixtures.plan(List.of("esxi-3.5"), List.of(1L),
                "vm[no-such-vm].vcpus=1,2", "vm[legacy-vm].device[net0].model=e1000").tasks());
        assertEquals(List.of("vm[no-such-vm].vcpus: configuration 'esxi-3.5' has no virtual machine at vm "
                + "'no-such-vm' to set it on"), problems);
    }

    /** The seed's configuration with the legacy VM's web workload at a rate, run as vwb run would. */
    private static RunResult singleRun(String name, double rate, long seed) throws Exception {
        Model model = ModelFiles.load(SweepFixtures.SEED);
        Configuration configuration = model.getConfigurations().stream().filter(c -> c.getName().equals(name))
                .findFirst().orElseThrow();
        VirtualMachine legacy = configuration.getVirtualMachines().stream()
                .filter(vm -> vm.getName().equals("legacy-vm")).findFirst().orElseThrow();
        Workload web = legacy.getWorkloads().stream().filter(w -> w.getName().equals("web")).findFirst().orElseThrow();
        web.setRatePerSecond(rate);
        return SweepFixtures.simulator().run(configuration, RunOptions.seconds(0.5, seed));
    }

    private static List<LatencyBucket> nonEmpty(LatencySummary latency) {
        return latency.buckets().stream().filter(b -> b.count() > 0)
                .map(b -> new LatencyBucket(b.upperMicros(), b.count())).toList();
    }
}
