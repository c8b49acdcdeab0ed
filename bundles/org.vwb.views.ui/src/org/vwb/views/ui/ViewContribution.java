package org.vwb.views.ui;

import java.util.Optional;

import org.eclipse.swt.widgets.Composite;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A view a plugin adds to the workbench: register an implementation as an OSGi service (e.g. a DS
 * {@code @Component(service = ViewContribution.class)}). The workbench's Views menu lists it while the service is
 * registered; choosing it opens a part that calls {@link #create} once per opening. All calls come on the UI
 * thread.
 *
 * @since 1.0
 */
@ConsumerType
public interface ViewContribution {

    /**
     * A unique id, by convention the contributing bundle's name and a suffix (e.g.
     * {@code org.example.sriov.ui.analysis}); a second contribution with an id already listed is ignored.
     */
    String id();

    /** The name in the Views menu and on the view's tab, e.g. {@code SR-IOV analysis}. */
    String label();

    /**
     * An icon for the menu entry and the tab: the path of an image file inside the contributing bundle (e.g.
     * {@code icons/sriov.png}), or empty for none.
     */
    default Optional<String> icon() {
        return Optional.empty();
    }

    /**
     * Creates the view's controls in {@code parent} (which has no layout yet: set one) for what {@code context}
     * describes now, and returns the view, which hears about every later change of the context.
     */
    View create(Composite parent, ViewContext context);
}
