package org.vwb.testing.ui;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.vwb.core.LiveRun;
import org.vwb.core.PreparedConfiguration;
import org.vwb.model.Configuration;
import org.vwb.model.VirtualDevice;
import org.vwb.views.ui.ViewContext;

/**
 * A {@link ViewContext} made of what a test chooses, as the workbench would give it: nothing open, or an element
 * selected in a configuration (the configuration it lies in, the device it is or belongs to, the configuration
 * prepared by a simulator).
 *
 * @param selection    the selected element
 * @param configuration the configuration shown
 * @param device       the selected device
 * @param prepared     the configuration prepared by the core
 * @param liveRun      a live run
 */
public record StandInContext(Optional<EObject> selection, Optional<Configuration> configuration,
        Optional<VirtualDevice> device, Optional<PreparedConfiguration> prepared, Optional<LiveRun> liveRun)
        implements ViewContext {

    /** The workbench with no document open. */
    public static StandInContext empty() {
        return new StandInContext(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** {@code selection} selected in {@code configuration}, which {@code prepared} prepares (may be null). */
    public static StandInContext selecting(EObject selection, Configuration configuration,
            PreparedConfiguration prepared) {
        return new StandInContext(Optional.of(selection), Optional.of(configuration),
                Optional.ofNullable(selection instanceof VirtualDevice d ? d : null), Optional.ofNullable(prepared),
                Optional.empty());
    }
}
