package org.example.sriov.ui;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vwb.core.Simulator;
import org.vwb.views.ui.View;
import org.vwb.views.ui.ViewContext;
import org.vwb.views.ui.ViewContribution;

/** Offers the SR-IOV analysis to the workbench's Views menu; each opening is a {@link SriovPanel}. */
@Component(service = ViewContribution.class)
public final class SriovView implements ViewContribution {

    static final String ID = "org.example.sriov.ui.analysis";

    private final Simulator simulator;

    @Activate
    public SriovView(@Reference Simulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "SR-IOV analysis";
    }

    @Override
    public View create(Composite parent, ViewContext context) {
        return new SriovPanel(parent, context, simulator);
    }
}
