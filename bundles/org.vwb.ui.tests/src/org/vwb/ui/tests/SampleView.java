package org.vwb.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.vwb.model.Configuration;
import org.vwb.views.ui.View;
import org.vwb.views.ui.ViewContext;
import org.vwb.views.ui.ViewContribution;

/**
 * A view as a plugin would contribute it: one line naming the configuration shown, whether it can run, and the
 * selected device. It remembers its views, so tests can see them created, updated and disposed.
 */
final class SampleView implements ViewContribution {

    static final String ID = "org.vwb.ui.tests.sample";

    /** One opened view: its label and whether it was disposed. */
    static final class Opened implements View {
        final Label line;
        boolean disposed;

        Opened(Composite parent, ViewContext context) {
            parent.setLayout(new FillLayout());
            line = new Label(parent, SWT.WRAP);
            contextChanged(context);
        }

        @Override
        public void contextChanged(ViewContext context) {
            line.setText(context.configuration().map(Configuration::getName).orElse("no configuration")
                    + context.prepared().map(p -> p.runnable() ? ", runnable" : ", not runnable").orElse("")
                    + context.device().map(d -> ", device " + d.getName()).orElse("")
                    + context.liveRun().map(r -> ", running live").orElse(""));
        }

        @Override
        public void dispose() {
            disposed = true;
        }
    }

    final List<Opened> opened = new ArrayList<>();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Sample analysis";
    }

    @Override
    public View create(Composite parent, ViewContext context) {
        Opened view = new Opened(parent, context);
        opened.add(view);
        return view;
    }
}
