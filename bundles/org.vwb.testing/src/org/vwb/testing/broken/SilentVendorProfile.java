package org.vwb.testing.broken;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.vwb.core.DriverPlacementModel;
import org.vwb.core.Fact;
import org.vwb.core.Route;
import org.vwb.core.VendorProfile;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;
import org.vwb.testing.StandInPlugins;

/**
 * Vendor profile {@value #ID}: a well-formed product offering the stand-in devices of
 * {@link StandInPlugins#registerDuel()}, whose {@code route()} never returns, so every run under it hangs in
 * its first call while the run is built.
 */
@Component(service = VendorProfile.class, enabled = false)
public final class SilentVendorProfile implements VendorProfile {

    public static final String ID = "broken.silent";

    private final Blocker blocker = new Blocker();

    @Deactivate
    void deactivate() {
        blocker.release();
    }

    @Override
    public Route route(DriverPlacementModel placement) {
        blocker.block();
        return placement.defaultRoute();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Broken Silent 1.0";
    }

    @Override
    public int releaseYear() {
        return 2026;
    }

    @Override
    public DriverPlacement defaultPlacement() {
        return DriverPlacement.IN_HYPERVISOR;
    }

    @Override
    public Set<DriverPlacement> supportedPlacements() {
        return EnumSet.allOf(DriverPlacement.class);
    }

    @Override
    public Map<String, DeviceMode> deviceCatalogue() {
        return Map.of(StandInPlugins.NIC, DeviceMode.EMULATED, StandInPlugins.RING, DeviceMode.SYNTHETIC);
    }

    @Override
    public Optional<String> defaultDeviceModel(DeviceKind kind, DeviceMode mode) {
        return Optional.of(mode == DeviceMode.SYNTHETIC ? StandInPlugins.RING : StandInPlugins.NIC);
    }

    @Override
    public Fact footprintBytes() {
        return new Fact(32e6, "bytes", "org.vwb.testing broken plugin");
    }

    @Override
    public Fact trustedCodeBytes() {
        return footprintBytes();
    }

    @Override
    public Fact driverCatalogue() {
        return new Fact(1, "drivers", "org.vwb.testing broken plugin");
    }

    @Override
    public boolean hasDriverFor(String pciId, DeviceKind kind) {
        return true;
    }

    @Override
    public boolean exitlessInterrupts() {
        return false;
    }
}
