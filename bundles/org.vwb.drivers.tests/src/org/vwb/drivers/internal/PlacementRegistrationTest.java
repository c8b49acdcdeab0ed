package org.vwb.drivers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.DriverPlacementModel;
import org.vwb.model.DriverPlacement;
import org.vwb.testing.RegisteredServices;

class PlacementRegistrationTest {

    @Test
    void felixScrRegistersOnePlacementModelPerPlacement() {
        List<DriverPlacementModel> models = RegisteredServices.atLeast(getClass(), DriverPlacementModel.class, 4);
        Set<DriverPlacement> placements = models.stream().map(DriverPlacementModel::placement)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DriverPlacement.class)));
        assertEquals(EnumSet.allOf(DriverPlacement.class), placements);
        assertEquals(4, models.size(), "one model per placement");
    }
}
