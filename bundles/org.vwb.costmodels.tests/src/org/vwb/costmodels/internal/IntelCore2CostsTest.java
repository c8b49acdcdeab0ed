package org.vwb.costmodels.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.CostEvent;
import org.vwb.core.api.CostModel;
import org.vwb.testing.CostModelContractTest;

class IntelCore2CostsTest extends CostModelContractTest {

    @Override
    protected CostModel costModel() {
        return new IntelCore2Costs();
    }

    @Test
    void transitionsWithoutVpidCostMoreThanNehalemsWithIt() {
        CostModel nehalem = new IntelNehalemCosts();
        for (CostEvent event : new CostEvent[] { CostEvent.VM_EXIT, CostEvent.VM_ENTRY }) {
            assertTrue(costModel().cycles(event) > nehalem.cycles(event), event.toString());
        }
    }
}
