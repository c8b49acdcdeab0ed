package org.vwb.core.internal.service;

import java.util.Optional;

import org.vwb.core.api.DeviceModel;
import org.vwb.core.internal.paths.DevicePath;
import org.vwb.core.internal.paths.PassthroughPath;
import org.vwb.core.internal.spec.SystemSpec;
import org.vwb.model.DeviceMode;

/**
 * Keeps a running world in step with the plugins installed. A device whose model went away is parked: its
 * requests wait in the guest. If the vendor profile, the placement or the cost model goes away, every device is
 * parked, since no request can be routed or charged. When the provider comes back (or a new version of it), the
 * platform is rebuilt on it and each parked device gets a new path that takes over its waiting requests; requests
 * still in flight finish on the old path, so nothing is lost or done twice.
 */
final class Parking {

    private final World world;

    Parking(World world) {
        this.world = world;
    }

    void settle(Catalog catalog) {
        SystemSpec spec = world.spec();
        Optional<String> platformGone = missingPlatform(spec, catalog);
        boolean renewed = false;
        if (platformGone.isEmpty() && !world.platform().installedIn(catalog, spec.vendorProfile(),
                spec.host().generation())) {
            world.platform(spec, world.platformFor(spec, catalog));
            renewed = true;
        }
        for (DeviceHandle device : world.devices()) {
            if (device.removed) {
                continue;
            }
            Optional<String> reason = platformGone.or(() -> missingModel(device, catalog));
            if (reason.isPresent()) {
                device.path().park(reason.get());
            } else if (renewed || device.path().parked()) {
                replacePath(device, catalog);
            }
        }
    }

    private static Optional<String> missingPlatform(SystemSpec spec, Catalog catalog) {
        if (!catalog.vendors().containsKey(spec.vendorProfile())) {
            return Optional.of("vendor profile '" + spec.vendorProfile() + "' was uninstalled; waiting for it");
        }
        if (!catalog.placements().containsKey(spec.placement())) {
            return Optional.of("driver placement " + spec.placement() + " was uninstalled; waiting for it");
        }
        if (catalog.costModel(spec.host().generation()).isEmpty()) {
            return Optional.of("cost model '" + spec.host().generation() + "' was uninstalled; waiting for it");
        }
        return Optional.empty();
    }

    private static Optional<String> missingModel(DeviceHandle device, Catalog catalog) {
        if (device.spec.mode() == DeviceMode.PASSTHROUGH && device.path() instanceof PassthroughPath) {
            return Optional.empty(); // a physical device assigned whole needs no model
        }
        Optional<String> family = catalog.device(device.spec.model()).map(DeviceModel::family);
        if (family.isEmpty()) {
            return Optional.of("device model '" + device.spec.model() + "' was uninstalled; waiting for it");
        }
        return family.filter(f -> catalog.family(f).isEmpty())
                .map(f -> "device family '" + f + "' was uninstalled; waiting for it");
    }

    /** A new path on the installed plugins takes over the waiting requests; the old one drains what is in flight. */
    private void replacePath(DeviceHandle device, Catalog catalog) {
        try {
            DevicePath successor = PathFactory.create(world, world.vm(device.vm), device, catalog);
            if (device.path().quiesced()) {
                // a swap is draining this device: the successor must hold its requests too until the switch
                successor.quiesce(() -> { });
            }
            successor.adopt(device.path().takeWaiting());
            if (device.path().inFlight() > 0) {
                device.retiring.add(device.path());
            }
            device.path(successor);
        } catch (RuntimeException e) {
            world.deviceFailed(device.label(), e);
        }
    }
}
