package org.vwb.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.CostEvent;
import org.vwb.core.api.CostModel;

/**
 * What a run relies on from every {@link CostModel}: a price for each event, none negative, each with its source.
 * An implementation's test subclasses this and names the model.
 */
public abstract class CostModelContractTest {

    /** The model under test. */
    protected abstract CostModel costModel();

    @Test
    public final void hasALowerCaseIdAndADescription() {
        assertTrue(costModel().id().matches("[a-z0-9]+(-[a-z0-9]+)*"), costModel().id());
        assertFalse(costModel().description().isBlank());
    }

    @Test
    public final void pricesEveryEventWithoutNegativeCyclesAndWithASource() {
        for (CostEvent event : CostEvent.values()) {
            assertTrue(costModel().cycles(event) >= 0, event + " cycles");
            String source = costModel().source(event);
            assertNotNull(source, event + " source");
            assertFalse(source.isBlank(), event + " source");
        }
    }

    @Test
    public final void aVmExitIsNeverFree() {
        assertTrue(costModel().cycles(CostEvent.VM_EXIT) > 0);
    }
}
