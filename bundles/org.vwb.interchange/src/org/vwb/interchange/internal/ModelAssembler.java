package org.vwb.interchange.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vwb.interchange.DefaultWorkloads;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.model.Host;
import org.vwb.model.Hypervisor;
import org.vwb.model.Model;
import org.vwb.model.ParentPartition;
import org.vwb.model.PhysicalDevice;
import org.vwb.model.PhysicalDriver;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;
import org.vwb.model.VwbFactory;

/**
 * Turns what a reader found into a complete vwb model that validates and runs: a host named after the file with
 * the physical devices the VMs need, one configuration per VM with the platform's hypervisor, parent partition
 * and drivers, and the {@link DefaultWorkloads} (no format records a workload). The file says nothing about the
 * host, so its figures are generous defaults: enough cores and memory that an imported VM alone never
 * overcommits. Devices of unknown type are kept, but need no physical device: they are never simulated.
 */
public final class ModelAssembler {

    private static final VwbFactory VWB = VwbFactory.eINSTANCE;
    private static final int MIN_HOST_CORES = 8;
    private static final long MIN_HOST_MEMORY_MIB = 16384;
    private static final long PARENT_MEMORY_MIB = 2048;

    private ModelAssembler() {
    }

    /** The model of the VMs a reader found; adds the per-VM summary of devices vwb does not model to warnings. */
    public static Model assemble(String fileName, List<ImportedVm> vms, Warnings warnings) {
        vms.forEach(warnings::summarize);
        Model model = VWB.createModel();
        model.setName(Names.of(fileName));
        model.setDescription("imported from " + fileName);
        Host host = VWB.createHost();
        host.setName(Names.of(fileName));
        host.setDescription("synthesized by the importer: the file describes VMs, not their host");
        host.setCores(Math.max(MIN_HOST_CORES, vms.stream().mapToInt(ImportedVm::vcpus).max().orElse(1)));
        host.setMemoryMiB(Math.max(MIN_HOST_MEMORY_MIB,
                2 * (PARENT_MEMORY_MIB + vms.stream().mapToLong(ImportedVm::memoryMiB).max().orElse(0))));
        model.getHosts().add(host);
        Map<DeviceKind, PhysicalDevice> shared = new EnumMap<>(DeviceKind.class);
        Map<String, PhysicalDevice> assigned = new HashMap<>();
        Set<String> configurationNames = new HashSet<>();
        for (ImportedVm vm : vms) {
            Configuration configuration = VWB.createConfiguration();
            configuration.setName(Names.unique(Names.of(vm.name()), configurationNames));
            configuration.setHost(host);
            configuration.setHypervisor(hypervisor(vm.platform()));
            if (vm.platform().parentPartition() != null) {
                configuration.setParentPartition(parent(vm.platform(), host));
            }
            VirtualMachine machine = machine(vm);
            configuration.getVirtualMachines().add(machine);
            model.getConfigurations().add(configuration);
            for (int i = 0; i < vm.devices().size(); i++) {
                ImportedDevice imported = vm.devices().get(i);
                VirtualDevice device = machine.getDevices().get(i);
                if (imported.mode() == DeviceMode.PASSTHROUGH) {
                    PhysicalDevice physical = assigned.computeIfAbsent(imported.hostDevice(),
                            id -> physical(host, "pt" + assigned.size(), imported.kind(), id));
                    device.setBacking(physical);
                    // the host still binds a stub driver (vfio-pci, pciback, ESXi passthru), and other devices of
                    // the same kind fall back to this device in validation, so it gets a driver like any other
                    driver(configuration, physical, vm.platform());
                } else if (imported.mode() != DeviceMode.UNKNOWN && needsPhysical(imported.kind())) {
                    PhysicalDevice physical = shared.computeIfAbsent(imported.kind(),
                            kind -> physical(host, kind == DeviceKind.NETWORK ? "nic0" : "disk0", kind, null));
                    driver(configuration, physical, vm.platform());
                }
            }
            DefaultWorkloads.addTo(machine);
        }
        return model;
    }

    private static Hypervisor hypervisor(Platform platform) {
        Hypervisor hypervisor = VWB.createHypervisor();
        hypervisor.setName(platform.vendorProfile().substring(0, platform.vendorProfile().indexOf('.')));
        hypervisor.setVendorProfile(platform.vendorProfile());
        hypervisor.setDriverPlacement(platform.placement());
        return hypervisor;
    }

    private static ParentPartition parent(Platform platform, Host host) {
        ParentPartition parent = VWB.createParentPartition();
        parent.setName(platform.parentPartition());
        parent.setVcpus(host.getCores());
        parent.setMemoryMiB(PARENT_MEMORY_MIB);
        parent.setOperatingSystem(platform == Platform.XEN ? "Linux (Xen dom0)" : "host OS of " + platform.label());
        parent.setEnlightened(platform == Platform.XEN || platform == Platform.HYPERV);
        return parent;
    }

    private static VirtualMachine machine(ImportedVm vm) {
        VirtualMachine machine = VWB.createVirtualMachine();
        machine.setName(Names.of(vm.name()));
        machine.setVcpus(Math.max(1, vm.vcpus()));
        machine.setMemoryMiB(Math.max(1, vm.memoryMiB()));
        machine.setOperatingSystem(vm.operatingSystem() == null || vm.operatingSystem().isBlank()
                ? null : vm.operatingSystem());
        machine.setEnlightened(Enlightenment.isEnlightened(vm.operatingSystem(), vm.platform(), vm.devices()));
        SourceProperties.copy(vm.properties(), machine.getSourceProperties());
        Map<DeviceKind, Integer> counters = new EnumMap<>(DeviceKind.class);
        for (ImportedDevice imported : vm.devices()) {
            VirtualDevice device = VWB.createVirtualDevice();
            int index = counters.merge(imported.kind(), 1, Integer::sum) - 1;
            device.setName(Names.devicePrefix(imported.kind()) + index);
            device.setKind(imported.kind());
            device.setMode(imported.mode());
            device.setDeviceModel(imported.model());
            device.setSourceType(imported.sourceType());
            SourceProperties.copy(imported.properties(), device.getSourceProperties());
            NicSettings.apply(device);
            machine.getDevices().add(device);
        }
        return machine;
    }

    private static PhysicalDevice physical(Host host, String name, DeviceKind kind, String hostDevice) {
        PhysicalDevice device = VWB.createPhysicalDevice();
        device.setName(name);
        device.setKind(kind);
        device.setPciId(hostDevice);
        device.setDescription(hostDevice == null ? "assumed by the importer" : "assigned to a guest: " + hostDevice);
        host.getDevices().add(device);
        return device;
    }

    private static void driver(Configuration configuration, PhysicalDevice device, Platform platform) {
        String name = device.getName() + "-driver";
        if (configuration.getDrivers().stream().anyMatch(d -> d.getName().equals(name))) {
            return;
        }
        PhysicalDriver driver = VWB.createPhysicalDriver();
        driver.setName(name);
        driver.setDevice(device);
        driver.setPlacement(platform.placement());
        driver.setProvenance("assumed by the importer: the " + platform.label() + " driver for the host's "
                + device.getKind() + " device");
        configuration.getDrivers().add(driver);
    }

    /** The kinds vwb's validation requires a physical device for (see ConfigurationRules). */
    private static boolean needsPhysical(DeviceKind kind) {
        return kind == DeviceKind.NETWORK || kind == DeviceKind.BLOCK || kind == DeviceKind.GPU;
    }
}
