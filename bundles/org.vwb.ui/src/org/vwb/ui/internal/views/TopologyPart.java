package org.vwb.ui.internal.views;

import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.vwb.core.StaticFigures;
import org.vwb.model.Configuration;
import org.vwb.model.PhysicalDevice;
import org.vwb.model.PhysicalDriver;
import org.vwb.model.VirtualDevice;
import org.vwb.ui.internal.core.CoreCalls;
import org.vwb.ui.internal.session.Session;

/**
 * The selected configuration drawn: hypervisor, parent partition or driver domains, VMs and their devices,
 * where each physical driver runs, synthetic channels and emulated paths drawn differently. "Blast radius"
 * highlights what a fault of the selected device's driver takes down (from the core's static figures).
 */
public final class TopologyPart {

    private final Session session;
    private TopologyCanvas canvas;
    private Label caption;
    private Button blast;
    private final Session.Listener listener = Session.Listener.onAnyChange(this::refresh);

    @Inject
    public TopologyPart(Session session) {
        this.session = session;
    }

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        caption = new Label(parent, SWT.WRAP);
        GridData captionData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        captionData.widthHint = 300;
        caption.setLayoutData(captionData);
        blast = new Button(parent, SWT.TOGGLE);
        blast.setText("Blast radius of the selected device");
        blast.addListener(SWT.Selection, e -> refresh());
        ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        canvas = new TopologyCanvas(scroll);
        scroll.setContent(canvas);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.addListener(SWT.Resize, e -> {
            canvas.setWidth(scroll.getClientArea().width);
            scroll.setMinSize(600, canvas.preferredHeight());
        });
        session.addListener(listener);
        refresh();
    }

    public TopologyCanvas canvas() {
        return canvas;
    }

    /** Turns the blast-radius highlight on or off, as the toggle button does. */
    public void showBlastRadius(boolean on) {
        blast.setSelection(on);
        refresh();
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(listener);
    }

    private void refresh() {
        if (canvas.isDisposed()) {
            return;
        }
        Configuration configuration = session.configuration().orElse(null);
        canvas.show(configuration, null);
        caption.setText(configuration == null ? "Open a configuration to see its topology"
                : "Configuration " + configuration.getName() + ": solid = synthetic channel, dashed = emulated"
                        + " (traps into the hypervisor), dotted = passthrough");
        PhysicalDevice device = selectedHardware(configuration);
        if (configuration == null || !blast.getSelection() || device == null) {
            return;
        }
        new CoreCalls(session.services().simulator()).staticFigures(configuration).whenComplete((figures, failure) ->
                canvas.getDisplay().asyncExec(() -> {
                    if (!canvas.isDisposed() && figures != null) {
                        canvas.show(configuration, radius(figures, device));
                    } else if (failure != null && !caption.isDisposed()) {
                        caption.setText("Blast radius unavailable: " + failure.getCause().getMessage());
                    }
                }));
    }

    private PhysicalDevice selectedHardware(Configuration configuration) {
        EObject selected = session.selection().orElse(null);
        if (selected instanceof PhysicalDevice device) {
            return device;
        }
        if (selected instanceof PhysicalDriver driver) {
            return driver.getDevice();
        }
        if (selected instanceof VirtualDevice device && configuration != null) {
            return TopologyLayout.backing(configuration, device);
        }
        return null;
    }

    private static StaticFigures.BlastRadius radius(StaticFigures figures, PhysicalDevice device) {
        List<StaticFigures.BlastRadius> all = figures.blastRadius();
        return all.stream().filter(b -> Set.of(device.getName()).contains(b.device())).findFirst().orElse(null);
    }
}
