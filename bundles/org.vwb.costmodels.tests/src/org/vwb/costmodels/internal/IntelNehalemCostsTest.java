package org.vwb.costmodels.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.CostEvent;
import org.vwb.core.api.CostModel;
import org.vwb.testing.CostModelContractTest;

class IntelNehalemCostsTest extends CostModelContractTest {

    @Override
    protected CostModel costModel() {
        return new IntelNehalemCosts();
    }

    @Test
    void exitAndEntryAddUpToSplitXsDirectCost() {
        assertEquals(2000, costModel().cycles(CostEvent.VM_EXIT) + costModel().cycles(CostEvent.VM_ENTRY));
    }
}
