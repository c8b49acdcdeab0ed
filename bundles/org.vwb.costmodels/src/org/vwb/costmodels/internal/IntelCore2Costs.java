package org.vwb.costmodels.internal;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.CostModel;
import org.vwb.core.api.costs.TabulatedCostModel;

/** Core 2 with VT-x but neither EPT nor VPID: the seed article's hardware generation. */
@Component(service = CostModel.class)
public final class IntelCore2Costs extends TabulatedCostModel {

    public IntelCore2Costs() {
        super(IntelCore2Costs.class, "/costmodels/intel-core2-2008.costs");
    }
}
