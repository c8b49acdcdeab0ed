package org.vwb.testing;

import java.io.IOException;
import java.nio.file.Path;

import org.vwb.model.Configuration;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;
import org.vwb.model.Host;
import org.vwb.model.Model;
import org.vwb.model.PhysicalDevice;
import org.vwb.model.PhysicalDriver;
import org.vwb.model.Scenario;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;
import org.vwb.model.VwbFactory;
import org.vwb.model.Workload;
import org.vwb.model.persistence.ModelFiles;

/**
 * Configuration files for {@link StandInPlugins#registerDuel()}, shaped like the seed example: configuration {@code mono}
 * (drivers in the hypervisor) and {@code split} (drivers in a parent partition), each with a legacy VM on an
 * emulated NIC and an enlightened one on a synthetic NIC, and optionally a scenario comparing both.
 */
public final class StandInFiles {

    private static final VwbFactory F = VwbFactory.eINSTANCE;

    private StandInFiles() {
    }

    /**
     * Writes the file.
     *
     * @param legacyVm name of the legacy VM (a test may make it hostile, e.g. with markup in it)
     * @param scenario whether to add scenario {@code duel} (0.2 s, seed 5) over both configurations
     */
    public static Path write(Path file, String legacyVm, boolean scenario) throws IOException {
        Model model = F.createModel();
        model.setName("stand-in duel");
        Host host = F.createHost();
        host.setName("host");
        host.setCores(4);
        host.setClockGHz(1.0);
        host.setMemoryMiB(16384);
        host.setHardwareGeneration(StandInPlugins.GENERATION);
        PhysicalDevice nic = F.createPhysicalDevice();
        nic.setName("nic0");
        nic.setKind(DeviceKind.NETWORK);
        nic.setPciId("8086:105e");
        nic.setBandwidthMbps(1000);
        nic.setLatencyMicros(8);
        host.getDevices().add(nic);
        model.getHosts().add(host);
        Configuration mono = configuration(model, "mono", StandInPlugins.MONOLITHIC, DriverPlacement.IN_HYPERVISOR);
        Configuration split = configuration(model, "split", StandInPlugins.SPLIT, DriverPlacement.PARENT_PARTITION);
        for (Configuration configuration : model.getConfigurations()) {
            vm(configuration, legacyVm, false);
            vm(configuration, "enlightened-vm", true);
        }
        if (scenario) {
            Scenario duel = F.createScenario();
            duel.setName("duel");
            duel.getConfigurations().add(mono);
            duel.getConfigurations().add(split);
            duel.setDurationSeconds(0.2);
            duel.setSeed(5);
            model.getScenarios().add(duel);
        }
        ModelFiles.save(model, file);
        return file;
    }

    private static Configuration configuration(Model model, String name, String vendor, DriverPlacement placement) {
        Configuration configuration = F.createConfiguration();
        configuration.setName(name);
        configuration.setHost(model.getHosts().get(0));
        configuration.setHypervisor(F.createHypervisor());
        configuration.getHypervisor().setName("hv");
        configuration.getHypervisor().setVendorProfile(vendor);
        configuration.getHypervisor().setDriverPlacement(placement);
        if (placement == DriverPlacement.PARENT_PARTITION) {
            configuration.setParentPartition(F.createParentPartition());
            configuration.getParentPartition().setName("root");
            configuration.getParentPartition().setVcpus(2);
            configuration.getParentPartition().setMemoryMiB(2048);
            configuration.getParentPartition().setEnlightened(true);
        }
        PhysicalDriver driver = F.createPhysicalDriver();
        driver.setName("nicdrv");
        driver.setDevice(model.getHosts().get(0).getDevices().get(0));
        driver.setPlacement(placement);
        configuration.getDrivers().add(driver);
        model.getConfigurations().add(configuration);
        return configuration;
    }

    private static void vm(Configuration configuration, String name, boolean enlightened) {
        VirtualMachine vm = F.createVirtualMachine();
        vm.setName(name);
        vm.setVcpus(1);
        vm.setMemoryMiB(1024);
        vm.setEnlightened(enlightened);
        VirtualDevice device = F.createVirtualDevice();
        device.setName("net0");
        device.setKind(DeviceKind.NETWORK);
        device.setMode(enlightened ? DeviceMode.SYNTHETIC : DeviceMode.EMULATED);
        device.setDeviceModel(enlightened ? StandInPlugins.RING : StandInPlugins.NIC);
        vm.getDevices().add(device);
        Workload workload = F.createWorkload();
        workload.setName("load");
        workload.setDevice(device);
        workload.setRequestBytes(1500);
        workload.setRatePerSecond(enlightened ? 2000 : 500);
        workload.setReadFraction(0.5);
        vm.getWorkloads().add(workload);
        configuration.getVirtualMachines().add(vm);
    }
}
