package org.vwb.testing.core;

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

/** Builds small valid configurations for the stand-in plugins: one host at 1 GHz, one NIC, VMs with one device. */
public final class Configurations {

    private static final VwbFactory F = VwbFactory.eINSTANCE;

    private Configurations() {
    }

    public static Configuration oneVm(DriverPlacement placement, DeviceMode mode, double ratePerSecond, int cores) {
        Model model = F.createModel();
        model.setName("test");
        Host host = F.createHost();
        host.setName("host");
        host.setCores(cores);
        host.setClockGHz(1.0);
        host.setHardwareGeneration("test-generation");
        PhysicalDevice nic = F.createPhysicalDevice();
        nic.setName("nic0");
        nic.setKind(DeviceKind.NETWORK);
        nic.setPciId("8086:105e");
        nic.setBandwidthMbps(10_000);
        nic.setLatencyMicros(5);
        host.getDevices().add(nic);
        model.getHosts().add(host);
        Configuration configuration = F.createConfiguration();
        configuration.setName("c");
        configuration.setHost(host);
        configuration.setHypervisor(F.createHypervisor());
        configuration.getHypervisor().setName("hv");
        configuration.getHypervisor().setVendorProfile(StandIns.VENDOR);
        configuration.getHypervisor().setDriverPlacement(placement);
        if (placement != DriverPlacement.IN_HYPERVISOR) {
            configuration.setParentPartition(F.createParentPartition());
            configuration.getParentPartition().setName("root");
        }
        PhysicalDriver driver = F.createPhysicalDriver();
        driver.setName("nicdrv");
        driver.setDevice(nic);
        driver.setPlacement(placement);
        configuration.getDrivers().add(driver);
        model.getConfigurations().add(configuration);
        addVm(configuration, "vm1", mode, ratePerSecond);
        return configuration;
    }

    public static VirtualMachine addVm(Configuration configuration, String name, DeviceMode mode, double ratePerSecond) {
        VirtualMachine vm = F.createVirtualMachine();
        vm.setName(name);
        vm.setEnlightened(true);
        VirtualDevice device = F.createVirtualDevice();
        device.setName("net0");
        device.setKind(DeviceKind.NETWORK);
        device.setMode(mode);
        device.setDeviceModel(mode == DeviceMode.SYNTHETIC ? StandIns.RING : StandIns.NIC);
        vm.getDevices().add(device);
        Workload workload = F.createWorkload();
        workload.setName("load");
        workload.setDevice(device);
        workload.setRequestBytes(1024);
        workload.setRatePerSecond(ratePerSecond);
        vm.getWorkloads().add(workload);
        configuration.getVirtualMachines().add(vm);
        return vm;
    }
}
