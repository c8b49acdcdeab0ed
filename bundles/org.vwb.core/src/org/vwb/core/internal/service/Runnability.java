package org.vwb.core.internal.service;

import java.util.ArrayList;
import java.util.List;

import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.VendorProfile;
import org.vwb.core.internal.spec.SystemSpec;
import org.vwb.model.DeviceMode;

/**
 * Whether the engine can run a configuration with the plugins installed: every reason it cannot, naming the
 * element, before a single event runs.
 */
final class Runnability {

    private Runnability() {
    }

    static List<String> problems(SystemSpec spec, Catalog catalog) {
        List<String> problems = new ArrayList<>();
        String where = "configuration '" + spec.name() + "'";
        if (spec.host().cores() < 1) {
            problems.add(where + ": host '" + spec.host().name() + "' has no core to run on");
        }
        VendorProfile vendor = catalog.vendors().get(spec.vendorProfile());
        if (vendor == null) {
            problems.add(where + ": vendor profile '" + spec.vendorProfile() + "' is not installed (installed: "
                    + String.join(", ", catalog.vendors().keySet().stream().sorted().toList()) + ")");
        } else if (!vendor.supportedPlacements().contains(spec.placement())) {
            problems.add(where + ": " + vendor.name() + " does not support driver placement " + spec.placement()
                    + " (it supports " + vendor.supportedPlacements() + ")");
        }
        if (!catalog.placements().containsKey(spec.placement())) {
            problems.add(where + ": no driver placement model for " + spec.placement() + " is installed");
        }
        if (catalog.costModel(spec.host().generation()).isEmpty()) {
            problems.add(where + ": no cost model for hardware generation '" + spec.host().generation()
                    + "' of host '" + spec.host().name() + "' (installed: "
                    + String.join(", ", catalog.costModels().keySet().stream().sorted().toList()) + ")");
        }
        for (SystemSpec.VmSpec vm : spec.vms()) {
            for (SystemSpec.DeviceSpec device : vm.devices()) {
                deviceProblem(catalog, device).ifPresent(p -> problems.add(where + " / virtual machine '" + vm.name()
                        + "' / device '" + device.name() + "': " + p));
            }
            for (SystemSpec.WorkloadSpec workload : vm.workloads()) {
                if (vm.device(workload.device()).isEmpty()) { // left out by the spec: a device of unknown type
                    problems.add(where + " / virtual machine '" + vm.name() + "' / workload '" + workload.name()
                            + "': drives device '" + workload.device() + "', whose type vwb does not model");
                }
            }
        }
        return problems;
    }

    static java.util.Optional<String> deviceProblem(Catalog catalog, SystemSpec.DeviceSpec device) {
        if (device.mode() == DeviceMode.PASSTHROUGH && device.backing() == null) {
            return java.util.Optional.of("passthrough without a physical device");
        }
        DeviceModel model = PathFactory.model(catalog, device).orElse(null);
        if (model == null) {
            return java.util.Optional.of("device model '" + device.model() + "' is not installed (installed: "
                    + String.join(", ", catalog.deviceIds()) + ")");
        }
        if (model.mode() != device.mode()) {
            return java.util.Optional.of("device model '" + device.model() + "' is " + model.mode() + ", but the "
                    + "device is configured " + device.mode());
        }
        if (!device.driverVersion().isEmpty() && !model.driverVersions().contains(device.driverVersion())) {
            return java.util.Optional.of("driverVersion '" + device.driverVersion() + "' is not a guest driver "
                    + "device model '" + device.model() + "' tells apart (" + (model.driverVersions().isEmpty()
                            ? "it models one driver: leave driverVersion empty" : "known: "
                                    + String.join(", ", model.driverVersions())) + ")");
        }
        String family = model.family();
        if (catalog.family(family).isEmpty()) {
            return java.util.Optional.of("device model '" + device.model() + "' is of device family '" + family
                    + "', which is not installed (installed: " + String.join(", ", catalog.families().keySet()
                            .stream().sorted().toList()) + ")");
        }
        return java.util.Optional.empty();
    }
}
