package org.vwb.core.internal.service;

import org.vwb.core.api.CostModel;
import org.vwb.core.api.DriverPlacementModel;
import org.vwb.core.api.Route;
import org.vwb.core.api.VendorProfile;
import org.vwb.core.internal.paths.Charger;
import org.vwb.core.internal.paths.ContextRef;

/**
 * The plugins a world runs on at one moment and what follows from them: vendor profile, placement, cost model,
 * the route of a request and the charger. Immutable and swapped whole, so a swap that fails puts back exactly the
 * objects that were running before, even if their bundles have gone since.
 */
record Platform(VendorProfile vendor, DriverPlacementModel placement, CostModel costModel, Route route,
        Charger charger, ContextRef parent) {

    /** Whether the plugins of this platform are still the installed ones (none was uninstalled or replaced). */
    boolean installedIn(Catalog catalog, String vendorId, String generation) {
        return catalog.vendors().get(vendorId) == vendor && catalog.placements().get(placement.placement()) == placement
                && catalog.costModel(generation).orElse(null) == costModel;
    }
}
