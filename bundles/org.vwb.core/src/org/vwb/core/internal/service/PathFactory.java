package org.vwb.core.internal.service;

import org.vwb.core.api.ContextKind;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.EmulatedDeviceModel;
import org.vwb.core.api.SyntheticDeviceModel;
import org.vwb.core.internal.paths.DeviceContexts;
import org.vwb.core.internal.paths.DevicePath;
import org.vwb.core.internal.paths.EmulatedPath;
import org.vwb.core.internal.paths.PassthroughPath;
import org.vwb.core.internal.paths.PathEnvironment;
import org.vwb.core.internal.paths.SyntheticPath;
import org.vwb.core.internal.spec.SystemSpec;
import org.vwb.model.DeviceMode;

/** Builds the path a device's mode and model call for, in the world's current placement and cost model. */
final class PathFactory {

    private PathFactory() {
    }

    static DevicePath create(World world, World.VmRuntime vm, DeviceHandle device, Catalog catalog) {
        SystemSpec.DeviceSpec spec = device.spec;
        DeviceContexts contexts = new DeviceContexts(world.route(), vm.guest(), world.hypervisor(), world.parent(),
                world.accounts().context(ContextKind.WORKER, "worker (" + device.vm + ")"),
                world.accounts().context(ContextKind.DRIVER_DOMAIN, driverDomainName(world.spec(), spec)));
        String domain = spec.backing() == null ? null : world.spec().driverDomainOf(spec.backing());
        PathEnvironment env = new PathEnvironment(world.engine(), world.cpu(), world.processors(device.vm, domain),
                world.charger(), contexts, device.stats, vm.vcpus(),
                spec.backing() == null ? null : world.link(spec.backing()), spec.kind(), world::deviceFailed,
                device.label());
        if (world.vendor().bareMetal()) {
            return PassthroughPath.nativeDriver(env);
        }
        if (spec.mode() == DeviceMode.PASSTHROUGH) {
            return PassthroughPath.assigned(env, spec.model(), world.vendor().exitlessInterrupts());
        }
        DeviceModel model = catalog.device(spec.model()).orElseThrow(() -> new IllegalStateException(
                "device model '" + spec.model() + "' is not installed"));
        if (model instanceof EmulatedDeviceModel emulated) {
            return new EmulatedPath(env, emulated);
        }
        if (model instanceof SyntheticDeviceModel synthetic) {
            return new SyntheticPath(env, synthetic);
        }
        throw new IllegalStateException("device model '" + model.id() + "' is neither emulated nor synthetic");
    }

    private static String driverDomainName(SystemSpec system, SystemSpec.DeviceSpec device) {
        String domain = device.backing() == null ? null : system.driverDomainOf(device.backing());
        return domain == null ? "driver domain" : domain;
    }
}
