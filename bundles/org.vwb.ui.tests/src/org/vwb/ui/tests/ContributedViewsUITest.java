package org.vwb.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuItem;
import org.eclipse.swt.widgets.Composite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.vwb.model.Configuration;
import org.vwb.testing.Examples;
import org.vwb.ui.PartIds;
import org.vwb.ui.internal.contributions.ContributedPart;
import org.vwb.ui.internal.contributions.OpenViewItem;
import org.vwb.ui.internal.contributions.ViewContributions;
import org.vwb.ui.internal.editor.ConfigurationEditorPart;
import org.vwb.ui.internal.session.Document;
import org.vwb.views.ui.View;
import org.vwb.views.ui.ViewContext;
import org.vwb.views.ui.ViewContribution;

/** A plugin's view registered while the workbench runs: listed, opened, kept up to date, and gone with its plugin. */
class ContributedViewsUITest {

    private static final List<String> OWN_VIEWS = List.of("Topology", "Request path", "Vendor comparison",
            "Live dashboard", "Plugins", "Configuration", "Properties");

    private final BundleContext bundle = FrameworkUtil.getBundle(ContributedViewsUITest.class).getBundleContext();
    private Workbench workbench;
    private ViewContributions views;
    private Document document;
    private ConfigurationEditorPart editor;

    @BeforeEach
    void openTheSeed() {
        workbench = new Workbench();
        views = workbench.views();
        editor = workbench.show(PartIds.EDITOR, ConfigurationEditorPart.class);
        document = workbench.open(Examples.path("seed/esx-vs-hyperv.vwb"));
    }

    @AfterEach
    void noContributionLeft() {
        workbench.flush();
        assertEquals(OWN_VIEWS, views.menuLabels(), "the Views menu lists vwb's own views only");
    }

    @Test
    void aViewRegisteredAtRunTimeIsListedOpenedUpdatedAndGoneWithItsPlugin() {
        SampleView sample = new SampleView();
        ServiceRegistration<ViewContribution> registration = bundle.registerService(ViewContribution.class, sample,
                null);
        workbench.flush();
        assertEquals(concat(OWN_VIEWS, "-", "Sample analysis"), views.menuLabels(), "listed after vwb's own");

        MMenuItem item = menuItem(SampleView.ID);
        new OpenViewItem().execute(item, workbench.parts(), views);
        workbench.flush();
        MPart part = views.parts(SampleView.ID).get(0);
        assertTrue(workbench.parts().isPartVisible(part), "opened in front");
        assertEquals("Sample analysis", part.getLabel());
        SampleView.Opened view = sample.opened.get(0);
        Configuration esx = document.configurations().get(0);
        assertTrue(view.line.getText().startsWith(esx.getName() + ", runnable"), view.line.getText());

        Configuration hyperV = document.configurations().get(1);
        editor.reveal(hyperV.getVirtualMachines().get(0).getDevices().get(0));
        workbench.flush();
        assertTrue(view.line.getText().startsWith(hyperV.getName() + ", runnable, device "), "follows the selection: "
                + view.line.getText());

        new OpenViewItem().execute(item, workbench.parts(), views);
        assertEquals(1, views.parts(SampleView.ID).size(), "opening it again shows the open one");
        assertEquals(1, sample.opened.size());

        registration.unregister();
        workbench.flush();
        assertTrue(views.parts(SampleView.ID).isEmpty(), "its part is closed");
        assertTrue(view.disposed, "its view was told");
        assertTrue(view.line.isDisposed(), "and its controls are gone");
        assertFalse(views.contribution(SampleView.ID).isPresent());
    }

    @Test
    void aViewThatThrowsOnOpeningIsNamedInItsPartAndTheWorkbenchGoesOn() {
        ViewContribution broken = new ViewContribution() {
            @Override
            public String id() {
                return "org.vwb.ui.tests.broken";
            }

            @Override
            public String label() {
                return "Broken";
            }

            @Override
            public View create(Composite parent, ViewContext context) {
                throw new IllegalStateException("no data source");
            }
        };
        ServiceRegistration<ViewContribution> registration = bundle.registerService(ViewContribution.class, broken,
                null);
        try {
            workbench.flush();
            MPart part = views.show("org.vwb.ui.tests.broken");
            workbench.flush();
            ContributedPart hosted = (ContributedPart) part.getObject();
            assertNull(hosted.view());
            String said = ((org.eclipse.swt.widgets.Label) ((Composite) part.getWidget()).getChildren()[0]).getText();
            assertTrue(said.startsWith("error: view org.vwb.ui.tests.broken of org.vwb.ui ")
                    && said.endsWith("failed to open: java.lang.IllegalStateException: no data source"), said);
            assertTrue(workbench.show(PartIds.TOPOLOGY, Object.class) != null, "the other views still open");
        } finally {
            registration.unregister();
        }
    }

    @Test
    void aSecondViewWithAnIdAlreadyListedIsIgnored() {
        SampleView first = new SampleView();
        SampleView second = new SampleView();
        ServiceRegistration<ViewContribution> one = bundle.registerService(ViewContribution.class, first, null);
        ServiceRegistration<ViewContribution> two = bundle.registerService(ViewContribution.class, second, null);
        try {
            workbench.flush();
            assertEquals(concat(OWN_VIEWS, "-", "Sample analysis"), views.menuLabels());
            assertTrue(views.contribution(SampleView.ID).get() == first);
        } finally {
            two.unregister();
            workbench.flush();
            assertTrue(views.contribution(SampleView.ID).isPresent(), "the one listed stays");
            one.unregister();
        }
    }

    private MMenuItem menuItem(String id) {
        return workbench.menu(ViewContributions.MENU).getChildren().stream().filter(MMenuItem.class::isInstance)
                .map(MMenuItem.class::cast).filter(i -> id.equals(i.getPersistedState().get(ViewContributions.VIEW_ID)))
                .findFirst().orElseThrow();
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new java.util.ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }
}
