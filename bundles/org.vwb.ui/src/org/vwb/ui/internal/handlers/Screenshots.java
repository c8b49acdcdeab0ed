package org.vwb.ui.internal.handlers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.vwb.model.Configuration;
import org.vwb.model.VirtualDevice;
import org.vwb.ui.PartIds;
import org.vwb.ui.internal.editor.ConfigurationEditorPart;
import org.vwb.ui.internal.editor.PropertiesPart;
import org.vwb.ui.internal.session.Session;
import org.vwb.ui.internal.views.ComparisonPart;
import org.vwb.ui.internal.views.LivePart;

/**
 * The documentation's screenshots ({@code releng/screenshots.sh}): with {@code -Dvwb.screenshots=DIR} and a
 * model opened, the workbench selects the second configuration's legacy NIC, shows each view in turn (running
 * the comparison and a live run with one swap first; the editor with the legacy VM given 0 vCPUs, to show a
 * validation marker, undone afterwards), saves the window as {@code DIR/workbench-<view>.png}
 * and exits. Driven by the event loop, so every view is painted as a user would see it.
 */
final class Screenshots {

    private static final int SETTLE_MILLIS = 1500;

    private final Display display;
    private final Path folder;
    private final MApplication application;
    private final Session session;
    private final Deque<Runnable> steps = new ArrayDeque<>();

    Screenshots(Display display, Path folder, MApplication application, Session session) {
        this.display = display;
        this.folder = folder;
        this.application = application;
        this.session = session;
    }

    void start() {
        EPartService parts = application.getChildren().get(0).getContext().get(EPartService.class);
        Configuration second = session.document().orElseThrow().configurations().get(1);
        VirtualDevice legacyNic = second.getVirtualMachines().get(1).getDevices().get(0);
        VirtualDevice syntheticNic = second.getVirtualMachines().get(0).getDevices().get(0);
        ConfigurationEditorPart editor = (ConfigurationEditorPart) parts.showPart(PartIds.EDITOR,
                EPartService.PartState.ACTIVATE).getObject();
        steps.add(() -> editor.reveal(legacyNic));
        shoot(parts, PartIds.TOPOLOGY, "topology");
        shoot(parts, PartIds.REQUEST_PATH, "request-path");
        steps.add(() -> ((ComparisonPart) parts.showPart(PartIds.COMPARISON, EPartService.PartState.ACTIVATE)
                .getObject()).start(10));
        waitFor(() -> !((ComparisonPart) parts.findPart(PartIds.COMPARISON).getObject()).isRunning());
        shoot(parts, PartIds.COMPARISON, "comparison");
        steps.add(() -> {
            editor.reveal(syntheticNic);
            ((LivePart) parts.showPart(PartIds.LIVE, EPartService.PartState.ACTIVATE).getObject()).start();
        });
        pause(3000);
        steps.add(() -> ((LivePart) parts.findPart(PartIds.LIVE).getObject()).controls().toggleSelectedDevice());
        pause(4000);
        shoot(parts, PartIds.LIVE, "live");
        steps.add(() -> ((LivePart) parts.findPart(PartIds.LIVE).getObject()).stop());
        shoot(parts, PartIds.PLUGINS, "plugins");
        // the editor with a validation problem marked: the legacy VM given 0 vCPUs, undone afterwards
        steps.add(() -> {
            editor.reveal(legacyNic.eContainer());
            ((PropertiesPart) parts.showPart(PartIds.PROPERTIES, EPartService.PartState.ACTIVATE).getObject())
                    .edit("vcpus", "0");
            parts.showPart(PartIds.TOPOLOGY, EPartService.PartState.VISIBLE);
        });
        pause(SETTLE_MILLIS);
        steps.add(() -> save("editor"));
        steps.add(() -> session.document().orElseThrow().commandStack().undo());
        steps.add(() -> application.getContext().get(IWorkbench.class).close());
        next();
    }

    private void shoot(EPartService parts, String partId, String name) {
        steps.add(() -> parts.showPart(partId, EPartService.PartState.ACTIVATE));
        pause(SETTLE_MILLIS);
        steps.add(() -> save(name));
    }

    private void pause(int millis) {
        steps.add(() -> {
            display.timerExec(millis, this::next);
            throw new Waiting();
        });
    }

    private void waitFor(BooleanSupplier condition) {
        steps.add(new Runnable() {
            @Override
            public void run() {
                if (!condition.getAsBoolean()) {
                    display.timerExec(200, () -> {
                        steps.addFirst(this);
                        next();
                    });
                    throw new Waiting();
                }
            }
        });
    }

    private void next() {
        while (!steps.isEmpty()) {
            try {
                steps.removeFirst().run();
            } catch (Waiting waiting) {
                return;
            }
        }
    }

    private void save(String name) {
        Shell shell = display.getActiveShell() != null ? display.getActiveShell() : display.getShells()[0];
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            Files.createDirectories(folder);
            loader.save(folder.resolve("workbench-" + name + ".png").toString(), SWT.IMAGE_PNG);
        } catch (java.io.IOException e) {
            System.err.println("error: " + folder + ": " + e.getMessage());
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** Ends a step that continues later from a timer. */
    private static final class Waiting extends RuntimeException {
        Waiting() {
            super(null, null, false, false);
        }
    }
}
