package org.example.sriov.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleException;
import org.vwb.charts.ui.Series;
import org.vwb.core.Simulator;
import org.vwb.model.Configuration;
import org.vwb.model.Model;
import org.vwb.model.VirtualDevice;
import org.vwb.model.persistence.ModelFiles;
import org.vwb.model.persistence.ModelLoadException;
import org.vwb.testing.InstalledPlugins;
import org.vwb.testing.ui.StandInContext;
import org.vwb.testing.ui.ViewContributionContractTest;
import org.vwb.views.ui.ViewContext;
import org.vwb.views.ui.ViewContribution;

/**
 * The SR-IOV view passes the workbench's view contract, and on vwb's seed it draws what {@code vwb sriov} prints:
 * the legacy NIC exits less as a virtual function, and not at all with exitless interrupts.
 */
class SriovViewTest extends ViewContributionContractTest {

    /** vwb's seed, beside this example in vwb's source tree (the tests run in the module's folder). */
    private static final Path SEED = Path.of("../../seed/esx-vs-hyperv.vwb");
    /** How long the three simulated runs may take before the test gives up (a hang, not a speed check). */
    private static final long PATIENCE_MILLIS = 120_000;

    private final Simulator simulator = simulator();

    @Override
    protected ViewContribution contribution() {
        return new SriovView(simulator);
    }

    @Override
    protected ViewContext context() {
        Configuration hyperV = seed().getConfigurations().stream()
                .filter(c -> c.getName().equals("hyperv-2008")).findFirst().orElseThrow();
        VirtualDevice nic = hyperV.getVirtualMachines().stream().filter(v -> v.getName().equals("legacy-vm"))
                .flatMap(v -> v.getDevices().stream()).filter(d -> d.getName().equals("net0")).findFirst()
                .orElseThrow();
        return StandInContext.selecting(nic, hyperV, null);
    }

    @Test
    void theSelectedNicIsChartedThreeWaysAndExitsLessAsAVirtualFunction() {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        try {
            SriovPanel panel = new SriovPanel(new Composite(shell, SWT.NONE), context(), simulator);
            long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
            while (panel.charts().get(0).series().isEmpty()) {
                if (System.currentTimeMillis() > deadline) {
                    fail("gave up waiting for the analysis: " + panel.status());
                }
                if (!display.readAndDispatch()) {
                    display.timerExec(50, () -> { });
                    display.sleep();
                }
            }
            assertEquals(3, panel.charts().get(0).categories().size(), panel.status());
            Series exits = panel.charts().get(0).series().get(0);
            assertEquals("exits", exits.name());
            assertTrue(exits.y()[0] > exits.y()[1] && exits.y()[1] > 0, "mapped > VF > 0: " + panel.status());
            assertEquals(0, exits.y()[2], 1e-9, "no exits with exitless interrupts: " + panel.status());
            assertTrue(panel.status().startsWith("legacy-vm/net0 of hyperv-2008 on a KVM host"), panel.status());
            assertEquals(List.of("CPU"), panel.charts().get(1).series().stream().map(Series::name).toList());
            panel.dispose();
        } finally {
            shell.dispose();
        }
    }

    private static Model seed() {
        try {
            return ModelFiles.load(SEED);
        } catch (ModelLoadException e) {
            throw new IllegalStateException("vwb's seed example does not load", e);
        }
    }

    private static Simulator simulator() {
        try {
            return InstalledPlugins.start(SriovViewTest.class, Simulator.class);
        } catch (BundleException e) {
            throw new IllegalStateException("a bundle of the test runtime did not start", e);
        }
    }
}
