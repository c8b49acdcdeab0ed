package org.vwb.core.internal.service;

import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.vwb.core.api.VendorProfile;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverDomain;
import org.vwb.model.DriverPlacement;
import org.vwb.model.ParentPartition;
import org.vwb.model.PhysicalDevice;
import org.vwb.model.PhysicalDriver;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;
import org.vwb.model.VwbFactory;

/**
 * Derives the same VMs and workloads under another vendor profile: its default placement, a parent partition or
 * driver domain where that placement needs one, every driver moved there, and each device given the profile's
 * model of the same kind and mode (a synthetic device falls back to the profile's emulated one when the profile
 * has no synthetic device of that kind).
 */
final class Variants {

    private Variants() {
    }

    static Configuration of(Configuration base, VendorProfile profile) {
        Configuration variant = EcoreUtil.copy(base);
        variant.setName(base.getName() + "@" + profile.id());
        DriverPlacement placement = profile.defaultPlacement();
        variant.getHypervisor().setVendorProfile(profile.id());
        variant.getHypervisor().setDriverPlacement(placement);
        boolean needsParent = placement != DriverPlacement.IN_HYPERVISOR;
        if (needsParent && variant.getParentPartition() == null) {
            ParentPartition parent = VwbFactory.eINSTANCE.createParentPartition();
            parent.setName(placement == DriverPlacement.HOST_OS ? "host" : "parent");
            parent.setVcpus(variant.getHost().getCores());
            parent.setMemoryMiB(2048);
            parent.setEnlightened(true);
            parent.setOperatingSystem(profile.name() + " management OS");
            variant.setParentPartition(parent);
        } else if (!needsParent) {
            variant.setParentPartition(null);
        }
        DriverDomain domain = placement == DriverPlacement.DRIVER_DOMAIN ? driverDomain(variant) : null;
        if (placement != DriverPlacement.DRIVER_DOMAIN) {
            variant.getDriverDomains().clear();
        }
        for (PhysicalDevice device : variant.getHost().getDevices()) {
            PhysicalDriver driver = variant.getDrivers().stream().filter(d -> d.getDevice() == device).findFirst()
                    .orElseGet(() -> newDriver(variant, device));
            driver.setPlacement(placement);
            driver.setDomain(domain);
            driver.setCertified(placement == DriverPlacement.IN_HYPERVISOR);
        }
        for (VirtualMachine vm : variant.getVirtualMachines()) {
            for (VirtualDevice device : vm.getDevices()) {
                remodel(device, vm, profile);
            }
        }
        return variant;
    }

    private static void remodel(VirtualDevice device, VirtualMachine vm, VendorProfile profile) {
        if (device.getMode() == DeviceMode.PASSTHROUGH || device.getMode() == DeviceMode.UNKNOWN) {
            return; // an unknown device stays unknown under every vendor: it is never made into a known one
        }
        if (profile.deviceCatalogue().get(device.getDeviceModel()) == device.getMode()) {
            return;
        }
        Optional<String> same = profile.defaultDeviceModel(device.getKind(), device.getMode());
        if (same.isPresent() && (device.getMode() != DeviceMode.SYNTHETIC || vm.isEnlightened())) {
            device.setDeviceModel(same.get());
            return;
        }
        profile.defaultDeviceModel(device.getKind(), DeviceMode.EMULATED).ifPresent(model -> {
            device.setMode(DeviceMode.EMULATED);
            device.setDeviceModel(model);
        });
    }

    private static DriverDomain driverDomain(Configuration variant) {
        if (!variant.getDriverDomains().isEmpty()) {
            return variant.getDriverDomains().get(0);
        }
        DriverDomain domain = VwbFactory.eINSTANCE.createDriverDomain();
        domain.setName("driver-domain");
        domain.setEnlightened(true);
        domain.setMemoryMiB(512);
        domain.getDevices().addAll(variant.getHost().getDevices());
        variant.getDriverDomains().add(domain);
        return domain;
    }

    private static PhysicalDriver newDriver(Configuration variant, PhysicalDevice device) {
        PhysicalDriver driver = VwbFactory.eINSTANCE.createPhysicalDriver();
        driver.setName(device.getName() + "-driver");
        driver.setDevice(device);
        driver.setProvenance("added for the comparison");
        variant.getDrivers().add(driver);
        return driver;
    }
}
