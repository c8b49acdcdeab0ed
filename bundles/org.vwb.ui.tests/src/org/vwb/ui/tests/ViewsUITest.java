package org.vwb.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.core.LiveRun;
import org.vwb.core.LiveRuns;
import org.vwb.core.RequestTrace;
import org.vwb.core.SwapRecord;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;
import org.vwb.model.VirtualDevice;
import org.vwb.report.ReportWriter;
import org.vwb.report.EntrySummary;
import org.vwb.report.SummaryTable;
import org.vwb.testing.Examples;
import org.vwb.testing.ui.Snapshots;
import org.vwb.ui.PartIds;
import org.vwb.ui.internal.editor.ConfigurationEditorPart;
import org.vwb.ui.internal.session.Document;
import org.vwb.ui.internal.views.ComparisonPart;
import org.vwb.ui.internal.views.LivePart;
import org.vwb.ui.internal.views.PluginsPart;
import org.vwb.ui.internal.views.RequestPathPart;
import org.vwb.charts.ui.Palette;
import org.vwb.ui.internal.views.TopologyCanvas;
import org.vwb.ui.internal.views.TopologyLayout;
import org.vwb.ui.internal.views.Widgets;
import org.vwb.ui.internal.views.TopologyPart;

/** The comparison, live dashboard, request path and plugins views on the seed example. */
class ViewsUITest {

    private Workbench workbench;
    private Document document;
    private ConfigurationEditorPart editor;

    @BeforeEach
    void openTheSeed() {
        workbench = new Workbench();
        editor = workbench.show(PartIds.EDITOR, ConfigurationEditorPart.class);
        document = workbench.open(Examples.path("seed/esx-vs-hyperv.vwb"));
    }

    @AfterEach
    void stopLiveRuns() {
        LivePart live = workbench.show(PartIds.LIVE, LivePart.class);
        live.stop();
        live.changeSpeed(2); // the dashboard's default, 100x: the next test starts as a user would
    }

    @Test
    void aComparisonRunsOffTheUiThreadAndFillsTheReportsTable(@TempDir Path folder) throws Exception {
        ComparisonPart comparison = workbench.show(PartIds.COMPARISON, ComparisonPart.class);
        comparison.start(2);
        assertTrue(comparison.isRunning(), "the runs go on in the background");
        workbench.waitUntil("the comparison", () -> !comparison.isRunning());
        assertNotNull(comparison.comparison(), comparison.status());

        Table table = comparison.table();
        assertEquals(SummaryTable.rows(comparison.comparison().entries().stream().map(EntrySummary::of).toList()).size(),
                table.getItemCount());
        assertEquals(List.of("esxi-3.5", "hyperv-2008"),
                List.of(table.getColumn(1).getText(), table.getColumn(2).getText()));
        assertEquals("vendor", table.getItem(0).getText(0));
        assertTrue(table.getItem(0).getText(2).contains("Hyper-V"), table.getItem(0).getText(2));

        ReportWriter json = workbench.session().services().reportWriters().stream()
                .filter(w -> w.format().equalsIgnoreCase("json")).findFirst().orElseThrow();
        Path report = folder.resolve("comparison.json");
        assertEquals("Wrote " + report, comparison.exportTo(json, report));
        assertTrue(Files.readString(report).contains("hyperv-2008"));
    }

    @Test
    void aDeviceSwappedDuringALiveRunIsRecordedAndMarkedOnTheCharts() {
        Configuration hyperV = document.configurations().get(1);
        VirtualDevice net0 = device(hyperV, "enlightened-vm", "net0");
        LivePart live = runLive(net0);

        live.controls().toggleSelectedDevice();
        assertEquals(DeviceMode.EMULATED, net0.getMode(), "the editor's model changed at once");
        workbench.waitUntil("the swap", () -> !live.swaps().isEmpty());

        SwapRecord swap = live.swaps().get(0);
        assertTrue(swap.applied(), swap.reason());
        assertTrue(String.join(" ", swap.changes()).contains("net0"), swap.changes().toString());
        assertEquals(1, live.charts().get(0).markers().size());
        assertTrue(live.charts().get(0).markers().get(0).good());
        assertEquals(LiveRun.State.RUNNING, live.run().state());
    }

    @Test
    void aSwapTheRunRefusesIsUndoneInTheEditorAndMarkedAsRefused() {
        Configuration hyperV = document.configurations().get(1);
        VirtualDevice legacyNic = device(hyperV, "legacy-vm", "net0");
        LivePart live = runLive(legacyNic);

        live.controls().toggleSelectedDevice();
        workbench.waitUntil("the verdict", () -> !live.swaps().isEmpty());

        assertFalse(live.swaps().get(0).applied(), "Windows 2000 has no synthetic NIC driver");
        assertEquals(DeviceMode.EMULATED, legacyNic.getMode(), "the refused change is undone in the editor");
        assertFalse(live.charts().get(0).markers().get(0).good());

        // the reason is longer than its column: the cell shows its beginning, hovering it the whole
        Table swaps = live.swapsTable();
        swaps.getColumn(2).setWidth(60);
        Rectangle reason = swaps.getItem(0).getBounds(2);
        assertEquals(live.swaps().get(0).reason(), Widgets.cutTextAt(swaps, reason.x + 5, reason.y + 2));
        swaps.getColumn(0).pack();
        Rectangle time = swaps.getItem(0).getBounds(0);
        assertNull(Widgets.cutTextAt(swaps, time.x + 2, time.y + 2), "a whole text needs no tooltip");
    }

    @Test
    void theDashboardDrawsOnlyWhatCanBeSeenChange() {
        LivePart live = runLive(document.configurations().get(1));
        workbench.waitUntil("a few samples", () -> !live.charts().get(0).series().isEmpty()
                && live.charts().get(0).series().get(0).size() > 2);

        live.togglePause();
        workbench.waitUntil("the pause", () -> live.run().state() == LiveRun.State.PAUSED);
        workbench.runFor(3 * LivePart.REDRAW_MILLIS);
        int paused = live.charts().get(0).series().get(0).size();
        workbench.runFor(4 * LivePart.REDRAW_MILLIS);
        assertEquals(paused, live.charts().get(0).series().get(0).size(), "paused: nothing new to draw");

        live.togglePause();
        workbench.show(PartIds.TOPOLOGY, TopologyPart.class);
        long hiddenAt = live.run().snapshot().simulatedNanos();
        int hidden = live.charts().get(0).series().get(0).size();
        workbench.waitUntil("the hidden run to go on", () -> live.run().snapshot().simulatedNanos() > hiddenAt
                + 20 * 100_000_000L);
        workbench.runFor(2 * LivePart.REDRAW_MILLIS);
        assertEquals(hidden, live.charts().get(0).series().get(0).size(), "hidden behind another part: not drawn");

        workbench.show(PartIds.LIVE, LivePart.class);
        workbench.waitUntil("the charts to catch up", () -> live.charts().get(0).series().get(0).size() > hidden);
    }

    @Test
    void theSpeedChangesWhileTheRunGoesAndTheDeviceTableShowsWholeNames() {
        editor.reveal(document.configurations().get(1));
        LivePart live = workbench.show(PartIds.LIVE, LivePart.class);
        live.changeSpeed(0);
        live.start();
        assertEquals(1, live.run().speed(), "started at the speed chosen");
        live.changeSpeed(LivePart.AS_FAST_AS_POSSIBLE_INDEX);
        assertEquals(LiveRuns.AS_FAST_AS_POSSIBLE, live.run().speed(), "changed while running, at once");
        assertEquals(LiveRun.State.RUNNING, live.run().state());
        // an hour at real time would show no simulated minute for a minute: flat out it passes in moments
        workbench.waitUntil("a simulated minute", () -> live.run().snapshot().simulatedNanos() > 60_000_000_000L);

        Table devices = live.devices();
        workbench.waitUntil("the device table", () -> devices.getItemCount() > 0);
        GC gc = new GC(devices);
        try {
            for (TableItem item : devices.getItems()) {
                for (int c = 0; c < 4; c++) {
                    assertTrue(devices.getColumn(c).getWidth() >= gc.textExtent(item.getText(c)).x,
                            "column " + devices.getColumn(c).getText() + " shows all of " + item.getText(c));
                }
            }
        } finally {
            gc.dispose();
        }
    }

    @Test
    void aVendorSwitchFromTheControlsIsOneSwapThatKeepsTheEditorsElementsAndIsMarked() {
        Configuration hyperV = document.configurations().get(1);
        VirtualDevice legacyNic = device(hyperV, "legacy-vm", "net0");
        LivePart live = runLive(legacyNic);

        String said = live.controls().switchVendor("vmware.esxi-3.5");
        assertEquals("vendor profile vmware.esxi-3.5", said);
        assertEquals("vmware.esxi-3.5", hyperV.getHypervisor().getVendorProfile(), "the editor changed at once");
        assertEquals(DriverPlacement.IN_HYPERVISOR, hyperV.getHypervisor().getDriverPlacement());
        assertNull(hyperV.getParentPartition(), "ESXi runs its drivers without a parent partition");
        assertSame(legacyNic, device(hyperV, "legacy-vm", "net0"), "the selected device is still the editor's");
        assertEquals("vlance", legacyNic.getDeviceModel(), "ESXi's emulated NIC");
        assertEquals("hyperv-2008", hyperV.getName(), "the configuration keeps its name");
        workbench.waitUntil("the swap", () -> !live.swaps().isEmpty());

        SwapRecord swap = live.swaps().get(0);
        assertTrue(swap.applied(), swap.reason());
        assertEquals(1, live.swaps().size(), "one change, one swap");
        assertTrue(live.charts().get(3).markers().get(0).good(), "marked as applied on the charts");
        assertEquals("vmware.esxi-3.5", live.run().model().getConfigurations().get(1).getHypervisor()
                .getVendorProfile(), "the run took it");

        document.commandStack().undo();
        assertEquals("microsoft.hyperv-2008", hyperV.getHypervisor().getVendorProfile(), "one undo undoes it all");
        assertEquals("dec21140", legacyNic.getDeviceModel());
        assertNotNull(hyperV.getParentPartition());
        workbench.waitUntil("the undo's swap", () -> live.swaps().size() == 2);
        assertTrue(live.swaps().get(1).applied(), live.swaps().get(1).reason());
    }

    @Test
    void theRequestPathShowsTheSameDeviceOnTwoVendorsOnOneScale() {
        Configuration hyperV = document.configurations().get(1);
        editor.reveal(device(hyperV, "legacy-vm", "net0"));
        RequestPathPart path = workbench.show(PartIds.REQUEST_PATH, RequestPathPart.class);
        workbench.waitUntil("both traces", () -> path.trace(0).isPresent() && path.trace(1).isPresent());
        RequestTrace top = path.trace(0).get();
        assertEquals("dec21140", top.deviceModel());
        assertEquals("vlance", path.trace(1).get().deviceModel(), "the same VM's NIC on ESXi");
        assertEquals(top.steps().size(), path.diagram(0).steps().size());
        assertTrue(path.diagram(0).steps().stream().anyMatch(s -> s.emphasised() && !s.detail().isEmpty()),
                "a VM exit names the register that trapped");
    }

    @Test
    void thePluginsViewListsEveryKindOfPluginWithItsBundle() {
        PluginsPart plugins = workbench.show(PartIds.PLUGINS, PluginsPart.class);
        Table table = plugins.table().getTable();
        List<String> types = java.util.Arrays.stream(table.getItems()).map(i -> i.getText(0)).distinct().toList();
        assertTrue(types.contains("importer") && types.contains("report writer"), types.toString());
        assertTrue(table.getItemCount() > 20, "device models, placements, vendors, cost models...");
        assertTrue(table.getItem(0).getText(2).startsWith("org.vwb."), table.getItem(0).getText(2));
    }

    @Test
    void theTopologyDrawsDriversWhereTheyRunAndSyntheticAndEmulatedPathsApart() {
        Configuration hyperV = document.configurations().get(1);
        editor.reveal(hyperV);
        TopologyPart topology = workbench.show(PartIds.TOPOLOGY, TopologyPart.class);
        TopologyLayout layout = topology.canvas().diagram();
        TopologyLayout.Box parent = layout.boxOf(hyperV.getParentPartition());
        TopologyLayout.Box driver = layout.boxOf(hyperV.getDrivers().get(0));
        assertTrue(parent.bounds().contains(driver.bounds().x, driver.bounds().y), "Hyper-V's drivers run in the parent");
        TopologyLayout.Box hypervisor = layout.boxOf(hyperV.getHypervisor());
        assertTrue(layout.links().contains(new TopologyLayout.Link(layout.boxOf(device(hyperV, "legacy-vm", "net0")),
                hypervisor, TopologyLayout.Style.EMULATED)), "an emulated device traps into the hypervisor");
        assertTrue(layout.links().stream().anyMatch(l -> l.from() == layout.boxOf(device(hyperV, "enlightened-vm", "net0"))
                && l.style() == TopologyLayout.Style.SYNTHETIC && l.to() != hypervisor), "a synthetic channel does not");
    }

    @Test
    void noChannelLineIsDrawnAcrossABoxsTexts() {
        Configuration hyperV = document.configurations().get(1);
        editor.reveal(hyperV);
        TopologyPart topology = workbench.show(PartIds.TOPOLOGY, TopologyPart.class);
        TopologyCanvas canvas = topology.canvas();
        ImageData pixels = Snapshots.of(canvas);
        List<RGB> lines = List.of(Palette.colour(0), Palette.colour(5), Palette.colour(2));
        int checked = 0;
        for (TopologyLayout.Box box : canvas.diagram().boxes()) {
            for (Rectangle label : canvas.labelBounds(box)) {
                for (int x = label.x; x < label.x + label.width && x < pixels.width; x++) {
                    for (int y = label.y; y < label.y + label.height && y < pixels.height; y++) {
                        RGB colour = pixels.palette.getRGB(pixels.getPixel(x, y));
                        assertFalse(lines.contains(colour), "a channel line crosses " + box.label() + " at " + x
                                + "," + y);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 1000, "the labels were looked at: " + checked + " pixels");
    }

    @Test
    void theBlastRadiusOfADriverInTheParentCoversTheParentButNotTheHypervisor() {
        Configuration hyperV = document.configurations().get(1);
        editor.reveal(hyperV.getDrivers().get(0));
        TopologyPart topology = workbench.show(PartIds.TOPOLOGY, TopologyPart.class);
        topology.showBlastRadius(true);
        workbench.waitUntil("the static figures", () -> topology.canvas().radius() != null);
        TopologyLayout layout = topology.canvas().diagram();
        assertTrue(topology.canvas().inBlastRadius(layout.boxOf(hyperV.getParentPartition())));
        assertFalse(topology.canvas().inBlastRadius(layout.boxOf(hyperV.getHypervisor())));
        topology.showBlastRadius(false);
    }

    /** Selects {@code element} and runs its configuration live from the dashboard, until simulated time passes. */
    private LivePart runLive(EObject element) {
        editor.reveal(element);
        LivePart live = workbench.show(PartIds.LIVE, LivePart.class);
        live.start();
        assertNotNull(live.run(), "the run started");
        workbench.waitUntil("simulated time to pass", () -> live.run().snapshot().simulatedNanos() > 0);
        return live;
    }

    private static VirtualDevice device(Configuration configuration, String vm, String device) {
        return configuration.getVirtualMachines().stream().filter(v -> v.getName().equals(vm))
                .flatMap(v -> v.getDevices().stream()).filter(d -> d.getName().equals(device)).findFirst()
                .orElseThrow();
    }
}
