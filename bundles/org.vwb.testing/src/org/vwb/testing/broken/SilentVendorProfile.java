package org.vwb.testing.broken;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.vwb.core.api.DriverPlacementModel;
import org.vwb.core.api.Fact;
import org.vwb.core.api.Route;
import org.vwb.core.api.VendorProfile;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;
import org.vwb.testing.StandInPlugins;

/**
 * Vendor profile {@value #ID}: the stand-in product of {@link StandInPlugins#registerDuel()} (drivers in the
 * hypervisor), except that its {@code route()} never returns, so every run under it hangs in its first call
 * while the run is built.
 */
@Component(service = VendorProfile.class, enabled = false)
public final class SilentVendorProfile implements VendorProfile {

    public static final String ID = "broken.silent";

    private final VendorProfile product = StandInPlugins.duelVendorProfile(ID, DriverPlacement.IN_HYPERVISOR);
    private final Blocker blocker = new Blocker();

    @Override
    public Route route(DriverPlacementModel placement) {
        blocker.block();
        return product.route(placement);
    }

    @Deactivate
    void deactivate() {
        blocker.release();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return product.name();
    }

    @Override
    public int releaseYear() {
        return product.releaseYear();
    }

    @Override
    public DriverPlacement defaultPlacement() {
        return product.defaultPlacement();
    }

    @Override
    public Set<DriverPlacement> supportedPlacements() {
        return product.supportedPlacements();
    }

    @Override
    public Map<String, DeviceMode> deviceCatalogue() {
        return product.deviceCatalogue();
    }

    @Override
    public Optional<String> defaultDeviceModel(DeviceKind kind, DeviceMode mode) {
        return product.defaultDeviceModel(kind, mode);
    }

    @Override
    public Fact footprintBytes() {
        return product.footprintBytes();
    }

    @Override
    public Fact trustedCodeBytes() {
        return product.trustedCodeBytes();
    }

    @Override
    public Fact driverCatalogue() {
        return product.driverCatalogue();
    }

    @Override
    public boolean hasDriverFor(String pciId, DeviceKind kind) {
        return product.hasDriverFor(pciId, kind);
    }

    @Override
    public boolean exitlessInterrupts() {
        return product.exitlessInterrupts();
    }
}
