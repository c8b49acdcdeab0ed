package org.example.sriov;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vwb.core.NotRunnableException;
import org.vwb.core.Simulator;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.model.Model;
import org.vwb.model.NamedElement;
import org.vwb.model.PhysicalDevice;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;

/**
 * The three configurations {@code vwb sriov} compares, each the chosen configuration moved to the KVM host of
 * this plugin by the simulator's own vendor variant ({@link Simulator#variant}), so placement, drivers and the
 * other devices follow the profile as in {@code vwb compare --vendors}: the device as the profile maps it, then
 * assigned as a virtual function of the host's NIC under each interrupt policy.
 */
final class SriovVariants {

    private final String configuration;
    private final String vm;
    private final String device;
    private final Map<Configuration, String> labels = new IdentityHashMap<>();
    private final List<Configuration> all;

    private SriovVariants(String configuration, String vm, String device, Configuration mapped,
            Configuration injected, Configuration exitless) {
        this.configuration = configuration;
        this.vm = vm;
        this.device = device;
        VirtualDevice as = find(mapped, vm, device);
        labels.put(mapped, "as KVM maps it: " + as.getDeviceModel() + " " + as.getMode().getLiteral().toLowerCase(java.util.Locale.ROOT));
        labels.put(injected, "SR-IOV VF, interrupts through the hypervisor");
        labels.put(exitless, "SR-IOV VF, exitless interrupts (ELI)");
        all = List.of(mapped, injected, exitless);
    }

    static SriovVariants of(Model model, Optional<String> config, Optional<String> vm, Optional<String> device,
            Simulator simulator) throws NotRunnableException {
        Configuration base = named(model.getConfigurations(), config, "configuration");
        VirtualMachine machine = named(base.getVirtualMachines(), vm, "virtual machine");
        VirtualDevice chosen = device.isPresent() ? named(machine.getDevices(), device, "device")
                : machine.getDevices().stream().filter(d -> d.getKind() == DeviceKind.NETWORK).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("virtual machine '" + machine.getName()
                                + "' has no network device; name one with --device"));
        Configuration mapped = simulator.variant(base, InjectedSriovProfile.ID);
        Configuration injected = assigned(simulator.variant(base, InjectedSriovProfile.ID), machine.getName(),
                chosen.getName());
        Configuration exitless = assigned(simulator.variant(base, ExitlessSriovProfile.ID), machine.getName(),
                chosen.getName());
        return new SriovVariants(base.getName(), machine.getName(), chosen.getName(), mapped, injected, exitless);
    }

    /** The device made a virtual function of the host's first physical device of its kind. */
    private static Configuration assigned(Configuration variant, String vm, String device) {
        VirtualDevice virtual = find(variant, vm, device);
        PhysicalDevice nic = variant.getHost().getDevices().stream().filter(p -> p.getKind() == virtual.getKind())
                .findFirst().orElseThrow(() -> new IllegalArgumentException("host '" + variant.getHost().getName()
                        + "' has no physical " + virtual.getKind().getLiteral().toLowerCase(java.util.Locale.ROOT) + " device to take a "
                        + "virtual function from"));
        virtual.setMode(DeviceMode.PASSTHROUGH);
        virtual.setDeviceModel(VirtualFunctionNic.ID);
        virtual.setBacking(nic);
        return variant;
    }

    private static VirtualDevice find(Configuration configuration, String vm, String device) {
        return named(named(configuration.getVirtualMachines(), Optional.of(vm), "virtual machine").getDevices(),
                Optional.of(device), "device");
    }

    private static <T extends NamedElement> T named(List<T> elements, Optional<String> name, String what) {
        if (name.isEmpty()) {
            return elements.stream().findFirst().orElseThrow(() -> new IllegalArgumentException("no " + what));
        }
        return elements.stream().filter(e -> name.get().equals(e.getName())).findFirst().orElseThrow(
                () -> new IllegalArgumentException("no " + what + " '" + name.get() + "' (there are: " + String.join(
                        ", ", elements.stream().map(NamedElement::getName).toList()) + ")"));
    }

    String configuration() {
        return configuration;
    }

    String vm() {
        return vm;
    }

    String device() {
        return device;
    }

    List<Configuration> all() {
        return all;
    }

    String label(Configuration variant) {
        return labels.get(variant);
    }
}
