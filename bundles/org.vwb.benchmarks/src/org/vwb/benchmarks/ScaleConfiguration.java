package org.vwb.benchmarks;

import org.vwb.model.Configuration;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;
import org.vwb.model.Host;
import org.vwb.model.Model;
import org.vwb.model.PhysicalDevice;
import org.vwb.model.PhysicalDriver;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;
import org.vwb.model.VwbFactory;
import org.vwb.model.Workload;

/**
 * The scale benchmark's configuration: one large Hyper-V host with N enlightened VMs, each with a synthetic NIC
 * and a synthetic disk, each driven by an open-loop workload. Half the VMs are legacy guests with emulated
 * devices, so the run carries every kind of exit, switch and interrupt.
 */
final class ScaleConfiguration {

    private static final VwbFactory F = VwbFactory.eINSTANCE;

    private ScaleConfiguration() {
    }

    static Configuration of(int vms, double ratePerDevice, int cores) {
        Model model = F.createModel();
        model.setName("scale");
        Host host = F.createHost();
        host.setName("host");
        host.setCores(cores);
        host.setClockGHz(2.5);
        host.setMemoryMiB(64L * 1024 * 1024); // the most validation allows: memory is not what this measures
        host.setHardwareGeneration("intel-nehalem-2009");
        model.getHosts().add(host);
        Configuration configuration = F.createConfiguration();
        configuration.setName("scale-" + vms);
        configuration.setHost(host);
        configuration.setHypervisor(F.createHypervisor());
        configuration.getHypervisor().setName("hyper-v");
        configuration.getHypervisor().setVendorProfile("microsoft.hyperv-2022");
        configuration.getHypervisor().setDriverPlacement(DriverPlacement.PARENT_PARTITION);
        configuration.getHypervisor().setOvercommitLimit(1000); // the most validation allows: no warning wanted
        configuration.setParentPartition(F.createParentPartition());
        configuration.getParentPartition().setName("root");
        configuration.getParentPartition().setVcpus(cores);
        model.getConfigurations().add(configuration);
        physical(configuration, "nic0", DeviceKind.NETWORK, 100_000, 5);
        physical(configuration, "nvme0", DeviceKind.BLOCK, 100_000, 80);
        for (int i = 0; i < vms; i++) {
            boolean legacy = i % 2 == 1;
            VirtualMachine vm = F.createVirtualMachine();
            vm.setName("vm" + i);
            vm.setEnlightened(!legacy);
            vm.setMemoryMiB(512);
            configuration.getVirtualMachines().add(vm);
            device(vm, "net0", DeviceKind.NETWORK, legacy ? "dec21140" : "netvsc", legacy, ratePerDevice, i);
            device(vm, "disk0", DeviceKind.BLOCK, legacy ? "ide" : "storvsc", legacy, ratePerDevice, i);
        }
        return configuration;
    }

    private static void physical(Configuration configuration, String name, DeviceKind kind, double mbps,
            double latencyMicros) {
        PhysicalDevice device = F.createPhysicalDevice();
        device.setName(name);
        device.setKind(kind);
        device.setPciId(kind == DeviceKind.NETWORK ? "8086:1572" : "144d:a808");
        device.setBandwidthMbps(mbps);
        device.setLatencyMicros(latencyMicros);
        configuration.getHost().getDevices().add(device);
        PhysicalDriver driver = F.createPhysicalDriver();
        driver.setName(name + "-driver");
        driver.setDevice(device);
        driver.setPlacement(DriverPlacement.PARENT_PARTITION);
        configuration.getDrivers().add(driver);
    }

    private static void device(VirtualMachine vm, String name, DeviceKind kind, String model, boolean emulated,
            double rate, int index) {
        VirtualDevice device = F.createVirtualDevice();
        device.setName(name);
        device.setKind(kind);
        device.setMode(emulated ? DeviceMode.EMULATED : DeviceMode.SYNTHETIC);
        device.setDeviceModel(model);
        vm.getDevices().add(device);
        Workload workload = F.createWorkload();
        workload.setName(name + "-load");
        workload.setDevice(device);
        workload.setRequestBytes(4096);
        workload.setRatePerSecond(rate);
        workload.setSeed(index);
        vm.getWorkloads().add(workload);
    }
}
