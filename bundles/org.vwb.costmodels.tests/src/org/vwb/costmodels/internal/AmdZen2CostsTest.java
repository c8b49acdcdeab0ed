package org.vwb.costmodels.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.CostEvent;
import org.vwb.core.api.CostModel;
import org.vwb.testing.CostModelContractTest;

class AmdZen2CostsTest extends CostModelContractTest {

    @Override
    protected CostModel costModel() {
        return new AmdZen2Costs();
    }

    @Test
    void exitAndEntryAddUpToTheMeasuredKvmRunRoundTrip() {
        double roundTrip = costModel().cycles(CostEvent.VM_EXIT) + costModel().cycles(CostEvent.VM_ENTRY);
        assertTrue(roundTrip >= 2528 && roundTrip <= 2576, "LKML Dec 2020: 2528-2576 cycles, got " + roundTrip);
    }
}
