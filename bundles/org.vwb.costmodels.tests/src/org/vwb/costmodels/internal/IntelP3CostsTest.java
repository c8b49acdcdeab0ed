package org.vwb.costmodels.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.CostEvent;
import org.vwb.core.api.CostModel;
import org.vwb.testing.CostModelContractTest;

class IntelP3CostsTest extends CostModelContractTest {

    private static final double CYCLES_PER_MICROSECOND = 733;

    @Override
    protected CostModel costModel() {
        return new IntelP3Costs();
    }

    @Test
    void picAndLanceStatusAccessesCostWhatTable2Measured() {
        CostModel p3 = costModel();
        double access = p3.cycles(CostEvent.VM_EXIT) + p3.cycles(CostEvent.EXIT_HANDLING)
                + p3.cycles(CostEvent.VM_ENTRY);
        assertEquals(0.78, access / CYCLES_PER_MICROSECOND, 0.005, "IN/OUT to the PIC");
        assertEquals(0.91, (access + p3.cycles(CostEvent.REGISTER_EMULATION)) / CYCLES_PER_MICROSECOND, 0.005,
                "IN/OUT to the Lance status register");
    }

    @Test
    void hostSideCostsAreEstimatesSoTheVmnetRowsStayValidationTargets() {
        for (CostEvent event : new CostEvent[] { CostEvent.BACKEND, CostEvent.PHYSICAL_DRIVER,
                CostEvent.PROCESS_SWITCH, CostEvent.WORLD_SWITCH, CostEvent.COPY_KIB }) {
            assertTrue(costModel().source(event).startsWith("estimate:"), event + ": " + costModel().source(event));
        }
    }
}
