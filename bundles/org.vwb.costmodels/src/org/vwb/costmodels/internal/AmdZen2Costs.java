package org.vwb.costmodels.internal;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.CostModel;
import org.vwb.core.api.costs.TabulatedCostModel;

/** Zen 2 with SVM and nested paging: the exit and entry paths measured on KVM in 2020. */
@Component(service = CostModel.class)
public final class AmdZen2Costs extends TabulatedCostModel {

    public AmdZen2Costs() {
        super(AmdZen2Costs.class, "/costmodels/amd-zen2-2020.costs");
    }
}
