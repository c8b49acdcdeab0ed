package org.vwb.core.internal.service;

import java.util.ArrayList;
import java.util.List;

import org.vwb.core.api.FaultScope;
import org.vwb.core.StaticFigures;
import org.vwb.core.api.VendorProfile;
import org.vwb.core.internal.spec.SystemSpec;
import org.vwb.model.DeviceMode;

/**
 * The figures a configuration has before it runs: the vendor's footprint and trusted code, which host devices
 * it has drivers for, and per physical driver what falls when it faults, given where the placement runs it.
 */
final class StaticFiguresBuilder {

    private StaticFiguresBuilder() {
    }

    static StaticFigures of(SystemSpec spec, Catalog catalog) {
        VendorProfile vendor = catalog.vendors().get(spec.vendorProfile());
        FaultScope scope = catalog.placements().get(spec.placement()).driverFaultScope();
        List<StaticFigures.DriverAvailability> availability = spec.host().devices().stream()
                .map(d -> new StaticFigures.DriverAvailability(d.name(), d.pciId(), vendor.hasDriverFor(d.pciId(),
                        d.kind()))).toList();
        List<StaticFigures.BlastRadius> radius = new ArrayList<>();
        for (SystemSpec.DriverSpec driver : spec.drivers()) {
            radius.add(blastRadius(spec, scope, driver));
        }
        return new StaticFigures(vendor.id(), vendor.name(), vendor.footprintBytes(), vendor.trustedCodeBytes(),
                vendor.driverCatalogue(), availability, scope, radius);
    }

    private static StaticFigures.BlastRadius blastRadius(SystemSpec spec, FaultScope scope,
            SystemSpec.DriverSpec driver) {
        List<String> allVms = spec.vms().stream().map(SystemSpec.VmSpec::name).toList();
        return switch (scope) {
            case WHOLE_HOST -> {
                List<String> down = new ArrayList<>(List.of("hypervisor"));
                if (spec.parent() != null) {
                    down.add(spec.parent());
                }
                down.addAll(allVms);
                yield new StaticFigures.BlastRadius(driver.name(), driver.device(), true, down, allVms);
            }
            case PARENT_AND_DEPENDENT_IO -> new StaticFigures.BlastRadius(driver.name(), driver.device(), false,
                    List.of(spec.parent() == null ? "parent" : spec.parent(), "worker processes"),
                    spec.vms().stream().filter(StaticFiguresBuilder::dependsOnHostIo)
                            .map(SystemSpec.VmSpec::name).toList());
            case DRIVER_DOMAIN_ONLY -> new StaticFigures.BlastRadius(driver.name(), driver.device(), false,
                    List.of(driver.domain() == null ? "driver domain" : driver.domain()),
                    spec.vms().stream().filter(vm -> vm.devices().stream().anyMatch(d -> d.mode()
                            != DeviceMode.PASSTHROUGH && driver.device().equals(d.backing())))
                            .map(SystemSpec.VmSpec::name).toList());
        };
    }

    /** A VM whose devices go through the parent's back ends or workers (not only assigned devices). */
    private static boolean dependsOnHostIo(SystemSpec.VmSpec vm) {
        return vm.devices().stream().anyMatch(d -> d.mode() != DeviceMode.PASSTHROUGH);
    }
}
