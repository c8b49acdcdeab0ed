package org.vwb.ui.internal.contributions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.menu.MDirectMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuSeparator;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.vwb.views.ui.ViewContribution;

/**
 * The views plugins contribute, followed as OSGi services: each one registered gets an entry in the Views menu
 * (after vwb's own views and a separator, in the order of their labels); each one unregistered (its plugin
 * stopped or uninstalled) loses its entry, and its open parts are closed, which disposes its views. Services come
 * and go on any thread; the menu and parts change on the UI thread.
 */
public final class ViewContributions {

    /** The persisted-state key of a menu item or part naming a contributed view. */
    public static final String VIEW_ID = "vwb.view";
    public static final String MENU = "org.vwb.ui.menu.views";
    private static final String SEPARATOR = "org.vwb.ui.menu.views.contributed";
    private static final String STACK = "org.vwb.ui.stack.views";
    private static final String PART_URI = "bundleclass://org.vwb.ui/" + ContributedPart.class.getName();
    private static final String ITEM_URI = "bundleclass://org.vwb.ui/" + OpenViewItem.class.getName();

    private record Registered(ViewContribution view, Bundle bundle) {
    }

    private final Display display;
    private final MApplication application;
    private final EModelService models;
    private final Map<String, Registered> registered = new LinkedHashMap<>();
    private ServiceTracker<ViewContribution, ViewContribution> tracker;

    public ViewContributions(Display display, MApplication application, EModelService models) {
        this.display = display;
        this.application = application;
        this.models = models;
    }

    /** Starts following the services (those registered already are added at once). */
    public void open(BundleContext context) {
        tracker = new ServiceTracker<>(context, ViewContribution.class, null) {
            @Override
            public ViewContribution addingService(ServiceReference<ViewContribution> reference) {
                ViewContribution view = context.getService(reference);
                Bundle bundle = reference.getBundle();
                onUiThread(() -> {
                    try {
                        added(view, bundle);
                    } catch (RuntimeException e) {
                        System.err.println("error: the view of " + bundle.getSymbolicName() + " " + bundle.getVersion()
                                + " is left out: it failed to say its id or label: " + e);
                    }
                });
                return view;
            }

            @Override
            public void removedService(ServiceReference<ViewContribution> reference, ViewContribution view) {
                onUiThread(() -> removed(view));
                context.ungetService(reference);
            }
        };
        tracker.open();
    }

    public void close() {
        if (tracker != null) {
            tracker.close();
        }
    }

    /** The contributed view with this id, while its plugin is there. */
    public Optional<ViewContribution> contribution(String id) {
        return Optional.ofNullable(registered.get(id)).map(Registered::view);
    }

    /** The bundle (name and version) that contributes view {@code id}, for messages. */
    public String bundleOf(String id) {
        Registered r = registered.get(id);
        return r == null ? "a plugin no longer installed" : r.bundle().getSymbolicName() + " " + r.bundle().getVersion();
    }

    /** The labels of the Views menu's entries, in order (a separator as {@code "-"}). */
    public List<String> menuLabels() {
        return menu().getChildren().stream().map(e -> e instanceof MMenuSeparator ? "-" : e.getLabel()).toList();
    }

    /** The parts now open for contributed view {@code id}. */
    public List<MPart> parts(String id) {
        return models.findElements(application, null, MPart.class, null).stream()
                .filter(p -> id.equals(p.getPersistedState().get(VIEW_ID))).toList();
    }

    /** Opens contributed view {@code id} in the views' stack, or brings its part forward when it is open. */
    public MPart show(String id) {
        Registered r = registered.get(id);
        if (r == null) {
            throw new IllegalArgumentException("no installed plugin contributes a view " + id);
        }
        MPart part = parts(id).stream().findFirst().orElseGet(() -> {
            MPart created = models.createModelElement(MPart.class);
            created.setElementId("org.vwb.ui.part.contributed." + id);
            created.setLabel(r.view().label());
            created.setCloseable(true);
            created.setContributionURI(PART_URI);
            created.getPersistedState().put(VIEW_ID, id);
            r.view().icon().ifPresent(icon -> created.setIconURI(iconUri(r, icon)));
            models.findElements(application, STACK, MPartStack.class, null).get(0).getChildren().add(created);
            return created;
        });
        return partService().showPart(part, EPartService.PartState.ACTIVATE);
    }

    private void added(ViewContribution view, Bundle bundle) {
        String id = view.id();
        String label = view.label();
        Optional<String> icon = view.icon();
        if (registered.containsKey(id)) {
            System.err.println("error: view " + id + " of " + bundle.getSymbolicName() + " ignored: " + bundleOf(id)
                    + " contributes a view with that id");
            return;
        }
        Registered r = new Registered(view, bundle);
        registered.put(id, r);
        MDirectMenuItem item = models.createModelElement(MDirectMenuItem.class);
        item.setElementId("org.vwb.ui.menuitem.view." + id);
        item.setLabel(label);
        item.setContributionURI(ITEM_URI);
        item.getPersistedState().put(VIEW_ID, id);
        icon.ifPresent(path -> item.setIconURI(iconUri(r, path)));
        List<MMenuElement> children = menu().getChildren();
        if (children.stream().noneMatch(e -> SEPARATOR.equals(e.getElementId()))) {
            MMenuSeparator separator = models.createModelElement(MMenuSeparator.class);
            separator.setElementId(SEPARATOR);
            children.add(separator);
        }
        int at = children.indexOf(children.stream().filter(e -> SEPARATOR.equals(e.getElementId())).findFirst()
                .orElseThrow()) + 1;
        while (at < children.size() && children.get(at).getLabel().compareToIgnoreCase(label) < 0) {
            at++;
        }
        children.add(at, item);
    }

    private void removed(ViewContribution view) {
        String id = view.id();
        Registered r = registered.get(id);
        if (r == null || r.view() != view) {
            return; // an ignored duplicate
        }
        for (MPart part : new ArrayList<>(parts(id))) {
            partService().hidePart(part, true);
            if (part.getParent() != null) {
                part.getParent().getChildren().remove(part);
            }
        }
        registered.remove(id);
        List<MMenuElement> children = menu().getChildren();
        children.removeIf(e -> id.equals(e.getPersistedState().get(VIEW_ID)));
        if (registered.isEmpty()) {
            children.removeIf(e -> SEPARATOR.equals(e.getElementId()));
        }
    }

    private MMenu menu() {
        return application.getChildren().get(0).getMainMenu().getChildren().stream()
                .filter(m -> MENU.equals(m.getElementId())).map(MMenu.class::cast).findFirst().orElseThrow();
    }

    private EPartService partService() {
        return application.getChildren().get(0).getContext().get(EPartService.class);
    }

    private void onUiThread(Runnable action) {
        if (display.isDisposed()) {
            return;
        }
        if (Display.getCurrent() == display) {
            action.run();
        } else {
            display.asyncExec(action);
        }
    }

    private static String iconUri(Registered r, String icon) {
        return "platform:/plugin/" + r.bundle().getSymbolicName() + "/" + icon;
    }
}
