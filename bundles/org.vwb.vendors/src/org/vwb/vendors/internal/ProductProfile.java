package org.vwb.vendors.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.DriverPlacementModel;
import org.vwb.core.api.Fact;
import org.vwb.core.api.InterruptModeration;
import org.vwb.core.api.Route;
import org.vwb.core.api.VendorProfile;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;

/**
 * A vendor profile made of a {@link Product}'s data. Each product is a small subclass, so that it is a
 * Declarative Services component of its own and can come and go alone.
 */
public abstract class ProductProfile implements VendorProfile {

    private final String id;
    private final String name;
    private final int releaseYear;
    private final DriverPlacement defaultPlacement;
    private final Set<DriverPlacement> placements;
    private final UnaryOperator<Route> routeRefinement;
    private final List<Device> devices;
    private final Map<String, DeviceMode> catalogue;
    private final Fact footprint;
    private final Fact trustedCode;
    private final DriverCoverage drivers;
    private final boolean exitlessInterrupts;
    private final Set<String> coalescedControllers;

    protected ProductProfile(Product product) {
        id = Objects.requireNonNull(product.id);
        name = Objects.requireNonNull(product.name);
        releaseYear = product.releaseYear;
        defaultPlacement = Objects.requireNonNull(product.defaultPlacement, "placements");
        placements = Set.copyOf(product.placements);
        routeRefinement = product.routeRefinement;
        devices = product.devices;
        Map<String, DeviceMode> byId = new LinkedHashMap<>();
        devices.forEach(device -> byId.put(device.id(), device.mode()));
        catalogue = Collections.unmodifiableMap(byId);
        footprint = Objects.requireNonNull(product.footprint, "footprint");
        trustedCode = Objects.requireNonNull(product.trustedCode, "trusted code");
        drivers = Objects.requireNonNull(product.drivers, "drivers");
        exitlessInterrupts = product.exitlessInterrupts;
        coalescedControllers = product.coalescedControllers;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final int releaseYear() {
        return releaseYear;
    }

    @Override
    public final DriverPlacement defaultPlacement() {
        return defaultPlacement;
    }

    @Override
    public final Set<DriverPlacement> supportedPlacements() {
        return placements;
    }

    @Override
    public final Route route(DriverPlacementModel placement) {
        if (!placements.contains(placement.placement())) {
            throw new IllegalArgumentException(name + " does not support " + placement.placement());
        }
        return routeRefinement.apply(placement.defaultRoute());
    }

    /**
     * The product's own devices, then the installed models that say this profile offers them ({@link
     * OfferedDevices}); a model cannot change the mode of a device the product has itself.
     */
    @Override
    public final Map<String, DeviceMode> deviceCatalogue() {
        Map<String, DeviceMode> offered = OfferedDevices.to(id);
        if (offered.isEmpty()) {
            return catalogue;
        }
        Map<String, DeviceMode> all = new LinkedHashMap<>(catalogue);
        offered.forEach(all::putIfAbsent);
        return Collections.unmodifiableMap(all);
    }

    @Override
    public final Optional<String> defaultDeviceModel(DeviceKind kind, DeviceMode mode) {
        return devices.stream().filter(device -> device.kind() == kind && device.mode() == mode).findFirst()
                .map(Device::id);
    }

    @Override
    public final Fact footprintBytes() {
        return footprint;
    }

    @Override
    public final Fact trustedCodeBytes() {
        return trustedCode;
    }

    @Override
    public final Fact driverCatalogue() {
        return drivers.fact();
    }

    @Override
    public final boolean hasDriverFor(String pciId, DeviceKind kind) {
        return drivers.covers(pciId, kind);
    }

    @Override
    public final boolean exitlessInterrupts() {
        return exitlessInterrupts;
    }

    /**
     * The hypervisor's own coalescing for the controllers the product names, by default ({@code rate} -1); an
     * explicit rate, or 0 for none, is the device's as for any other ({@link DeviceModel#interruptModeration}).
     */
    @Override
    public final InterruptModeration interruptModeration(DeviceModel model, int rate) {
        return rate < 0 && coalescedControllers.contains(model.id()) ? new VirtualInterruptCoalescing()
                : model.interruptModeration(rate);
    }

    @Override
    public String toString() {
        return id;
    }
}
