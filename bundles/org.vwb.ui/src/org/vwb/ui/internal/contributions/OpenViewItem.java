package org.vwb.ui.internal.contributions;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuItem;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/**
 * An entry of the Views menu: shows one of vwb's own parts (persisted state {@value #PART}) or opens a
 * contributed view (persisted state {@value ViewContributions#VIEW_ID}).
 */
public final class OpenViewItem {

    /** The persisted-state key naming one of vwb's own parts. */
    public static final String PART = "vwb.part";

    @Execute
    public void execute(MMenuItem item, EPartService parts, ViewContributions views) {
        String part = item.getPersistedState().get(PART);
        if (part != null) {
            parts.showPart(part, EPartService.PartState.ACTIVATE);
        } else {
            views.show(item.getPersistedState().get(ViewContributions.VIEW_ID));
        }
    }
}
