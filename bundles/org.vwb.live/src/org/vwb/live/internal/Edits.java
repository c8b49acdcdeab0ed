package org.vwb.live.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;
import org.vwb.model.Host;
import org.vwb.model.PhysicalDevice;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;
import org.vwb.model.VwbPackage;
import org.vwb.live.internal.SetValues.Setting;

/**
 * The edits {@code vwb:set} makes, each one EMF command: property/value pairs on a target ({@code hypervisor}:
 * vendor, placement; a VM: vcpus, enlightened; {@code VM/DEVICE}: mode, model, backing), or a whole vendor change. A wrong
 * name or value is an {@link IllegalArgumentException} saying what is allowed, before anything changes.
 */
final class Edits {

    private static final VwbPackage V = VwbPackage.eINSTANCE;

    private Edits() {
    }

    static SetValues command(Configuration configuration, String target, List<String> pairs) {
        List<Setting> settings = new ArrayList<>();
        for (int i = 0; i + 1 < pairs.size(); i += 2) {
            String property = pairs.get(i).toLowerCase(Locale.ROOT);
            String value = pairs.get(i + 1);
            if (target.equals("hypervisor")) {
                settings.add(hypervisor(configuration, property, value));
            } else if (target.contains("/")) {
                settings.add(device(find(configuration, target.substring(0, target.indexOf('/'))), target, property,
                        value));
            } else {
                settings.add(vm(find(configuration, target), property, value));
            }
        }
        return new SetValues("set " + target + " " + String.join(" ", pairs), settings);
    }

    /**
     * Everything of {@code variant} (the same configuration under another vendor profile: placement, parent
     * partition, drivers, device models) moved into {@code configuration}, which keeps its name.
     */
    static SetValues adopt(Configuration configuration, Configuration variant, String vendor) {
        List<Setting> settings = new ArrayList<>();
        for (EStructuralFeature feature : configuration.eClass().getEAllStructuralFeatures()) {
            if (feature.isChangeable() && !feature.isDerived() && !feature.isTransient()
                    && feature != V.getNamedElement_Name()) {
                settings.add(new Setting(configuration, feature, SetValues.valueOf(variant, feature)));
            }
        }
        return new SetValues("set vendor " + vendor, settings);
    }

    private static Setting hypervisor(Configuration configuration, String property, String value) {
        return switch (property) {
            case "vendor" -> new Setting(configuration.getHypervisor(), V.getHypervisor_VendorProfile(), value);
            case "placement" -> new Setting(configuration.getHypervisor(), V.getHypervisor_DriverPlacement(),
                    choice("placement", value, DriverPlacement.values()));
            default -> throw new IllegalArgumentException("the hypervisor has no property '" + property
                    + "' (vendor, placement)");
        };
    }

    private static Setting vm(VirtualMachine vm, String property, String value) {
        return switch (property) {
            case "vcpus" -> new Setting(vm, V.getPartition_Vcpus(), count(value));
            case "enlightened" -> new Setting(vm, V.getPartition_Enlightened(), yesNo(value));
            default -> throw new IllegalArgumentException("a virtual machine has no property '" + property
                    + "' (vcpus, enlightened)");
        };
    }

    private static Setting device(VirtualMachine vm, String target, String property, String value) {
        String name = target.substring(target.indexOf('/') + 1);
        VirtualDevice device = vm.getDevices().stream().filter(d -> name.equals(d.getName())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no device '" + target + "' (" + vm.getName()
                        + " has: " + vm.getDevices().stream().map(VirtualDevice::getName)
                                .collect(Collectors.joining(", ")) + ")"));
        return switch (property) {
            case "mode" -> new Setting(device, V.getVirtualDevice_Mode(), choice("mode", value, DeviceMode.values()));
            case "model" -> new Setting(device, V.getVirtualDevice_DeviceModel(), value);
            case "backing" -> new Setting(device, V.getVirtualDevice_Backing(), physical(vm, value));
            default -> throw new IllegalArgumentException("a device has no property '" + property
                    + "' (mode, model, backing)");
        };
    }

    /**
     * The host's physical device named {@code name} ({@code none}: no backing, the host's first of the kind), which
     * a passthrough device needs: it is assigned to the guest, so the user says which one.
     */
    private static PhysicalDevice physical(VirtualMachine vm, String name) {
        if (name.equalsIgnoreCase("none")) {
            return null;
        }
        Host host = ((Configuration) vm.eContainer()).getHost();
        List<PhysicalDevice> devices = host == null ? List.of() : host.getDevices();
        return devices.stream().filter(d -> name.equals(d.getName())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("host " + (host == null ? "(none)" : "'"
                        + host.getName() + "'") + " has no physical device '" + name + "' (it has: " + devices.stream()
                                .map(PhysicalDevice::getName).collect(Collectors.joining(", ")) + "; or none)"));
    }

    private static VirtualMachine find(Configuration configuration, String name) {
        return configuration.getVirtualMachines().stream().filter(vm -> name.equals(vm.getName())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no virtual machine '" + name + "' in configuration '"
                        + configuration.getName() + "' (it has: " + configuration.getVirtualMachines().stream()
                                .map(VirtualMachine::getName).collect(Collectors.joining(", ")) + ")"));
    }

    private static <E extends Enum<E>> E choice(String what, String value, E[] values) {
        return Arrays.stream(values).filter(e -> e.name().equalsIgnoreCase(value.replace('-', '_'))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("invalid " + what + " '" + value + "' (" + Arrays
                        .stream(values).map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))
                        + ")"));
    }

    private static int count(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid vcpus '" + value + "' (a whole number)");
        }
    }

    private static boolean yesNo(String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new IllegalArgumentException("invalid enlightened '" + value + "' (true or false)");
    }
}
