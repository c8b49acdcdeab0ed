package org.vwb.core.internal.service;

import java.util.Optional;

import org.vwb.core.api.ContextKind;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.family.DeviceFamily;
import org.vwb.core.internal.families.AssignedDevice;
import org.vwb.core.internal.families.EngineSite;
import org.vwb.core.internal.paths.DeviceContexts;
import org.vwb.core.internal.paths.DeviceSetup;
import org.vwb.core.internal.paths.DevicePath;
import org.vwb.core.internal.paths.PassthroughPath;
import org.vwb.core.internal.paths.PathEnvironment;
import org.vwb.core.internal.spec.SystemSpec;
import org.vwb.model.DeviceMode;

/**
 * Builds the path a device's model calls for, in the world's current placement and cost model: the installed
 * {@link DeviceFamily} the model names builds it. No family is special here; only bare metal, which has no
 * hypervisor to carry a request through, takes the operating system's own driver whatever the device.
 */
final class PathFactory {

    private PathFactory() {
    }

    static DevicePath create(World world, World.VmRuntime vm, DeviceHandle device, Catalog catalog) {
        SystemSpec.DeviceSpec spec = device.spec;
        DeviceContexts contexts = new DeviceContexts(world.route(), vm.guest(), world.hypervisor(), world.parent(),
                world.accounts().context(ContextKind.WORKER, "worker (" + device.vm + ")"),
                world.accounts().context(ContextKind.DRIVER_DOMAIN, driverDomainName(world.spec(), spec)));
        String domain = spec.backing() == null ? null : world.spec().driverDomainOf(spec.backing());
        // the vendor profile makes the interrupt moderation: vIC is ESX's vmkernel's, not the controller's
        PathEnvironment env = new PathEnvironment(world.engine(), world.cpu(), world.processors(device.vm, domain),
                world.charger(), contexts, device.stats, vm.vcpus(),
                spec.backing() == null ? null : world.link(spec.backing()), spec.kind(), world::deviceFailed,
                device.label(), new DeviceSetup(spec.queues(), spec.mtu(), spec.offloads(), vm.spec().vcpus(),
                        spec.interruptRate(), world.vendor()::interruptModeration));
        if (world.vendor().bareMetal()) {
            return PassthroughPath.nativeDriver(env);
        }
        DeviceModel installed = model(catalog, spec).orElseThrow(() -> new IllegalStateException(
                "device model '" + spec.model() + "' is not installed"));
        // the guest driver's version selects its access sequences (Runnability refused versions the model lacks)
        DeviceModel model = spec.driverVersion().isEmpty() ? installed : installed.forDriver(spec.driverVersion());
        String familyId = model.family();
        DeviceFamily family = catalog.family(familyId).orElseThrow(() -> new IllegalStateException(
                "device family '" + familyId + "' of device model '" + model.id() + "' is not installed"));
        return EngineSite.unwrap(family.path(model, new EngineSite(env, world.vendor().exitlessInterrupts())),
                family.id());
    }

    /**
     * The model whose family carries a device's requests: the installed model it names, in its mode; a
     * passthrough device that names none is the physical device itself, assigned whole.
     */
    static Optional<DeviceModel> model(Catalog catalog, SystemSpec.DeviceSpec spec) {
        Optional<DeviceModel> installed = catalog.device(spec.model());
        if (spec.mode() != DeviceMode.PASSTHROUGH) {
            return installed;
        }
        return Optional.of(installed.filter(m -> m.mode() == DeviceMode.PASSTHROUGH)
                .orElseGet(() -> new AssignedDevice(spec.model(), spec.kind())));
    }

    private static String driverDomainName(SystemSpec system, SystemSpec.DeviceSpec device) {
        String domain = device.backing() == null ? null : system.driverDomainOf(device.backing());
        return domain == null ? "driver domain" : domain;
    }
}
