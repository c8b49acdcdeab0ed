package org.vwb.ui.internal.contributions;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.FrameworkUtil;

/**
 * Follows the views plugins contribute from the start of the application ({@link ViewContributions}, put into
 * the application context for the parts and menu items that need it) to its end.
 */
public final class ViewsAddon {

    private ViewContributions views;

    @PostConstruct
    public void start(IEclipseContext context, MApplication application, EModelService models) {
        views = new ViewContributions(Display.getCurrent(), application, models);
        context.set(ViewContributions.class, views);
        views.open(FrameworkUtil.getBundle(ViewsAddon.class).getBundleContext());
    }

    @PreDestroy
    public void stop() {
        views.close();
    }
}
