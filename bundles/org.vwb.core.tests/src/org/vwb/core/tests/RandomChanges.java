package org.vwb.core.tests;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.vwb.model.Configuration;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;
import org.vwb.model.VwbFactory;
import org.vwb.model.Workload;
import org.vwb.testing.core.Configurations;
import org.vwb.testing.core.StandIns;

/**
 * Random change sets for the stand-in plugins, valid and deliberately invalid ones: device modes and models,
 * VMs, devices and workloads added and removed, vendor profile and placement, vCPUs (refused: needs a new run),
 * a model that is not installed, an edit that throws half-way.
 */
final class RandomChanges {

    private final SplittableRandom random;
    private int names;

    RandomChanges(long seed) {
        this.random = new SplittableRandom(seed);
    }

    Consumer<Configuration> next() {
        int kind = random.nextInt(11);
        int pick = random.nextInt(1 << 20);
        return c -> edit(c, kind, pick);
    }

    private void edit(Configuration c, int kind, int pick) {
        List<VirtualMachine> vms = c.getVirtualMachines();
        VirtualMachine vm = vms.isEmpty() ? null : vms.get(pick % vms.size());
        VirtualDevice device = vm == null || vm.getDevices().isEmpty() ? null
                : vm.getDevices().get(pick % vm.getDevices().size());
        switch (kind) {
            case 0, 1 -> {
                if (device != null) {
                    boolean emulated = device.getMode() == DeviceMode.EMULATED;
                    device.setMode(emulated ? DeviceMode.SYNTHETIC : DeviceMode.EMULATED);
                    device.setDeviceModel(emulated ? StandIns.RING : StandIns.NIC);
                }
            }
            case 2 -> Configurations.addVm(c, "vm-" + (++names), pick % 2 == 0 ? DeviceMode.EMULATED
                    : DeviceMode.SYNTHETIC, 2_000 + pick % 20_000);
            case 3 -> {
                if (vms.size() > 1) {
                    vms.remove(vm);
                }
            }
            case 4 -> addDevice(vm, pick);
            case 5 -> removeSecondDevice(vm);
            case 6 -> vm.getWorkloads().forEach(w -> w.setRatePerSecond(1_000 + pick % 30_000));
            case 7 -> c.getHypervisor().setVendorProfile(
                    StandIns.VENDOR.equals(c.getHypervisor().getVendorProfile()) ? StandIns.OTHER_VENDOR
                            : StandIns.VENDOR);
            case 8 -> c.getHypervisor().setDriverPlacement(DriverPlacement.values()[pick
                    % DriverPlacement.values().length]);
            case 9 -> {
                if (device != null) {
                    device.setDeviceModel(pick % 2 == 0 ? "no-such-nic" : device.getDeviceModel());
                }
                vm.setVcpus(vm.getVcpus() + pick % 2);
            }
            default -> {
                vm.setName("renamed-" + pick);
                throw new IllegalStateException("an editor that fails half-way");
            }
        }
    }

    private static void addDevice(VirtualMachine vm, int pick) {
        if (vm == null || vm.getDevices().size() > 1) {
            return;
        }
        VirtualDevice device = VwbFactory.eINSTANCE.createVirtualDevice();
        device.setName("net1");
        device.setKind(DeviceKind.NETWORK);
        device.setMode(DeviceMode.SYNTHETIC);
        device.setDeviceModel(StandIns.RING);
        vm.getDevices().add(device);
        Workload workload = VwbFactory.eINSTANCE.createWorkload();
        workload.setName("load1");
        workload.setDevice(device);
        workload.setRequestBytes(512);
        workload.setQueueDepth(1 + pick % 8);
        vm.getWorkloads().add(workload);
    }

    private static void removeSecondDevice(VirtualMachine vm) {
        if (vm != null && vm.getDevices().size() > 1) {
            VirtualDevice device = vm.getDevices().get(1);
            vm.getWorkloads().removeIf(w -> w.getDevice() == device);
            vm.getDevices().remove(device);
        }
    }
}
