package org.vwb.live.internal;

import java.util.List;
import java.util.Locale;

import org.vwb.model.Configuration;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;

/**
 * The edits {@code vwb:set} can make, as property/value pairs on a target: {@code hypervisor} (vendor,
 * placement), a VM (vcpus, enlightened) or {@code VM/DEVICE} (mode, model). A wrong name throws, which undoes the
 * whole change set.
 */
final class Edits {

    private Edits() {
    }

    static void apply(Configuration configuration, String target, List<String> pairs) {
        for (int i = 0; i + 1 < pairs.size(); i += 2) {
            String property = pairs.get(i).toLowerCase(Locale.ROOT);
            String value = pairs.get(i + 1);
            if (target.equals("hypervisor")) {
                hypervisor(configuration, property, value);
            } else if (target.contains("/")) {
                device(find(configuration, target.substring(0, target.indexOf('/'))), target, property, value);
            } else {
                vm(find(configuration, target), property, value);
            }
        }
    }

    private static void hypervisor(Configuration configuration, String property, String value) {
        switch (property) {
            case "vendor" -> configuration.getHypervisor().setVendorProfile(value);
            case "placement" -> configuration.getHypervisor().setDriverPlacement(
                    DriverPlacement.valueOf(value.toUpperCase(Locale.ROOT)));
            default -> throw new IllegalArgumentException("hypervisor has no property '" + property
                    + "' (vendor, placement)");
        }
    }

    private static void vm(VirtualMachine vm, String property, String value) {
        switch (property) {
            case "vcpus" -> vm.setVcpus(Integer.parseInt(value));
            case "enlightened" -> vm.setEnlightened(Boolean.parseBoolean(value));
            default -> throw new IllegalArgumentException("virtual machine has no property '" + property
                    + "' (vcpus, enlightened)");
        }
    }

    private static void device(VirtualMachine vm, String target, String property, String value) {
        String name = target.substring(target.indexOf('/') + 1);
        VirtualDevice device = vm.getDevices().stream().filter(d -> name.equals(d.getName())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no device '" + target + "'"));
        switch (property) {
            case "mode" -> device.setMode(DeviceMode.valueOf(value.toUpperCase(Locale.ROOT)));
            case "model" -> device.setDeviceModel(value);
            default -> throw new IllegalArgumentException("device has no property '" + property + "' (mode, model)");
        }
    }

    private static VirtualMachine find(Configuration configuration, String name) {
        return configuration.getVirtualMachines().stream().filter(vm -> name.equals(vm.getName())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no virtual machine '" + name + "' in configuration '"
                        + configuration.getName() + "'"));
    }
}
