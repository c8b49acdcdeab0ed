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

/** A vendor profile whose {@code id()} never returns: nothing else of it is ever reached. */
@Component(service = VendorProfile.class, enabled = false)
public final class BlockingIdVendorProfile implements VendorProfile {

    private final Blocker blocker = new Blocker();

    @Override
    public String id() {
        blocker.block();
        return "broken.blocking-id";
    }

    @Deactivate
    void deactivate() {
        blocker.release();
    }

    @Override
    public String name() {
        throw new UnsupportedOperationException("never reached: id() does not return");
    }

    @Override
    public int releaseYear() {
        return name().length();
    }

    @Override
    public DriverPlacement defaultPlacement() {
        return DriverPlacement.valueOf(name());
    }

    @Override
    public Set<DriverPlacement> supportedPlacements() {
        return Set.of(defaultPlacement());
    }

    @Override
    public Route route(DriverPlacementModel placement) {
        return placement.defaultRoute();
    }

    @Override
    public Map<String, DeviceMode> deviceCatalogue() {
        return Map.of(name(), DeviceMode.EMULATED);
    }

    @Override
    public Optional<String> defaultDeviceModel(DeviceKind kind, DeviceMode mode) {
        return Optional.of(name());
    }

    @Override
    public Fact footprintBytes() {
        return new Fact(0, name(), "");
    }

    @Override
    public Fact trustedCodeBytes() {
        return footprintBytes();
    }

    @Override
    public Fact driverCatalogue() {
        return footprintBytes();
    }

    @Override
    public boolean hasDriverFor(String pciId, DeviceKind kind) {
        return name().isEmpty();
    }

    @Override
    public boolean exitlessInterrupts() {
        return name().isEmpty();
    }
}
