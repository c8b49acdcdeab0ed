package org.vwb.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vwb.core.RunOptions;
import org.vwb.core.RunResult;
import org.vwb.core.Simulator;
import org.vwb.interchange.Interchange;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceMode;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;
import org.vwb.model.Workload;
import org.vwb.testing.InstalledPlugins;

/**
 * An imported configuration runs with the plugins vwb installs: every file of the corpus, every configuration,
 * requests completed on every device with a workload, and devices of unknown type left out of the run rather
 * than simulated as something they are not.
 */
class ImportedVmsRunTest {

    private static Simulator simulator;

    @BeforeAll
    static void startTheInstalledPlugins() throws Exception {
        simulator = InstalledPlugins.start(ImportedVmsRunTest.class, Simulator.class);
    }

    @Test
    void everyImportedConfigurationRunsWithTheInstalledPluginsAndCompletesRequestsOnEveryDrivenDevice()
            throws Exception {
        for (Path file : CorpusTest.corpus()) {
            for (Configuration configuration : Interchange.builtIn().importFile(file).model().getConfigurations()) {
                String where = file.getFileName() + " / " + configuration.getName();
                RunResult result = simulator.run(configuration, RunOptions.seconds(0.2, 42));
                assertEquals(RunResult.Status.COMPLETED, result.status(), where + ": " + result.failure());
                for (VirtualMachine vm : configuration.getVirtualMachines()) {
                    for (Workload workload : vm.getWorkloads()) {
                        long completed = result.device(vm.getName(), workload.getDevice().getName())
                                .orElseThrow(() -> new AssertionError(where + ": no figures for "
                                        + workload.getDevice().getName())).completed();
                        assertTrue(completed > 0, where + ": " + workload.getDevice().getName() + " completed none");
                    }
                    for (VirtualDevice device : vm.getDevices()) {
                        if (device.getMode() == DeviceMode.UNKNOWN) {
                            assertFalse(result.device(vm.getName(), device.getName()).isPresent(),
                                    where + ": " + device.getName() + " is of unknown type, never simulated");
                        }
                    }
                }
            }
        }
    }
}
