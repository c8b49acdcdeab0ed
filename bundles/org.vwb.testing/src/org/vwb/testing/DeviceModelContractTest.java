package org.vwb.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.DeviceModel;

/**
 * What every {@link DeviceModel} promises, whoever wrote it. An implementation's test subclasses this (or one of
 * its mode-specific subclasses) and returns a fresh model from {@link #model()}; the test methods are final so that
 * the contract means the same for everyone.
 */
public abstract class DeviceModelContractTest {

    /** A new instance of the model under test. */
    protected abstract DeviceModel model();

    @Test
    public final void idIsNonEmptyAndLowerCase() {
        String id = model().id();
        assertNotNull(id);
        assertFalse(id.isBlank(), "id is empty");
        assertEquals(id.toLowerCase(Locale.ROOT), id, "configurations name ids in lower case");
        assertEquals(id.strip(), id, "no surrounding white space");
    }

    @Test
    public final void kindAndModeAreSet() {
        assertNotNull(model().kind(), "kind");
        assertNotNull(model().mode(), "mode");
    }

    @Test
    public final void descriptionAndSourceAreGiven() {
        assertFalse(model().description() == null || model().description().isBlank(), "description");
        assertFalse(model().source() == null || model().source().isBlank(), "source: where the behaviour is from");
    }

    @Test
    public final void atLeastOneRequestCanBeInFlight() {
        assertTrue(model().maxInFlight() >= 1, "maxInFlight " + model().maxInFlight());
    }
}
