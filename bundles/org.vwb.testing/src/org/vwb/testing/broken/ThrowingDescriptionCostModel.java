package org.vwb.testing.broken;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.CostEvent;
import org.vwb.core.api.CostModel;

/** Cost model {@value #ID}: prices events, but throws when asked to describe itself. */
@Component(service = CostModel.class, enabled = false)
public final class ThrowingDescriptionCostModel implements CostModel {

    public static final String ID = "broken.description";

    @Override
    public String description() {
        throw new IllegalStateException("description table not loaded");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public double cycles(CostEvent event) {
        return 1000;
    }

    @Override
    public String source(CostEvent event) {
        return "org.vwb.testing broken plugin";
    }
}
