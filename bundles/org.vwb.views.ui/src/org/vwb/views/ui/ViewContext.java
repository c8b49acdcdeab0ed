package org.vwb.views.ui;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.osgi.annotation.versioning.ProviderType;
import org.vwb.core.LiveRun;
import org.vwb.core.PreparedConfiguration;
import org.vwb.model.Configuration;
import org.vwb.model.VirtualDevice;

/**
 * What a contributed view is shown for, as the workbench's other views see it: the element selected in the
 * configuration editor, its configuration, that configuration prepared for the core, and the live run of the
 * dashboard. The model's elements belong to the editor: read them on the UI thread, change them only through the
 * editor (a view that wants to run something uses {@link #prepared()}, which any thread may use).
 *
 * @since 1.0
 */
@ProviderType
public interface ViewContext {

    /** The element selected in the configuration editor (a VM, a device, a driver...), if any. */
    Optional<EObject> selection();

    /** The configuration the selection lies in, else the document's first; empty when no document is open. */
    Optional<Configuration> configuration();

    /** The selected virtual device, when a device (or one of its workloads) is selected. */
    Optional<VirtualDevice> device();

    /**
     * {@link #configuration()} validated and read into an immutable snapshot by the core ({@code
     * Simulator.prepare}), computed once per change of the context; it carries the problems when it cannot run.
     */
    Optional<PreparedConfiguration> prepared();

    /** The live dashboard's run, while one goes on. */
    Optional<LiveRun> liveRun();
}
