package org.vwb.core.internal.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vwb.core.api.CostModel;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.DriverPlacementModel;
import org.vwb.core.api.VendorProfile;
import org.vwb.core.api.family.DeviceFamily;
import org.vwb.model.DriverPlacement;

/**
 * The plugins installed at one moment, by id: an immutable snapshot, so a run or a check sees one consistent set
 * while bundles come and go.
 */
record Catalog(Map<String, DeviceModel> devices, Map<DriverPlacement, DriverPlacementModel> placements,
        Map<String, VendorProfile> vendors, Map<String, CostModel> costModels, Map<String, DeviceFamily> families) {

    /** The cost model a host uses when it names no hardware generation. */
    static final String DEFAULT_COST_MODEL = "intel-nehalem-2009";

    Optional<CostModel> costModel(String generation) {
        String id = generation == null || generation.isEmpty() ? DEFAULT_COST_MODEL : generation;
        return Optional.ofNullable(costModels.get(id));
    }

    Optional<DeviceModel> device(String id) {
        return Optional.ofNullable(devices.get(id));
    }

    Optional<DeviceFamily> family(String id) {
        return Optional.ofNullable(families.get(id));
    }

    List<String> deviceIds() {
        return devices.keySet().stream().sorted().toList();
    }
}
