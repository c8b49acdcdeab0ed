package org.vwb.costmodels.internal;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.CostModel;
import org.vwb.core.api.costs.TabulatedCostModel;

/** Nehalem with EPT and VPID: the exit cost measured by SplitX. */
@Component(service = CostModel.class)
public final class IntelNehalemCosts extends TabulatedCostModel {

    public IntelNehalemCosts() {
        super(IntelNehalemCosts.class, "/costmodels/intel-nehalem-2009.costs");
    }
}
