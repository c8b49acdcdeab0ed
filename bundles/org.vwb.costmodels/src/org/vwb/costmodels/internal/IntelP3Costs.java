package org.vwb.costmodels.internal;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.CostModel;
import org.vwb.core.api.costs.TabulatedCostModel;

/** Pentium III 733 MHz under VMware Workstation 2.0's software VMM: the figures of Sugerman et al. 2001. */
@Component(service = CostModel.class)
public final class IntelP3Costs extends TabulatedCostModel {

    public IntelP3Costs() {
        super(IntelP3Costs.class, "/costmodels/intel-p3-2001.costs");
    }
}
