package org.vwb.interchange.tests;

import java.util.List;

import org.vwb.interchange.internal.DeviceModels;
import org.vwb.model.Configuration;
import org.vwb.model.Model;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;

/** Devices as short strings, {@code KIND/MODE/model}, so expectations read like the mapping tables. */
final class Devices {

    private Devices() {
    }

    static String of(VirtualDevice device) {
        return device.getKind() + "/" + device.getMode() + "/" + device.getDeviceModel();
    }

    static List<String> of(VirtualMachine vm) {
        return vm.getDevices().stream().map(Devices::of).toList();
    }

    /** The devices a format can carry: every one with a vwb device model, sorted, as export may reorder. */
    static List<String> known(VirtualMachine vm) {
        return vm.getDevices().stream().filter(d -> DeviceModels.isKnown(d.getDeviceModel())).map(Devices::of)
                .sorted().toList();
    }

    /** The devices a format carries, sorted, as export may reorder. */
    static List<String> carried(VirtualMachine vm, java.util.function.Predicate<VirtualDevice> carries) {
        return vm.getDevices().stream().filter(carries).map(Devices::of).sorted().toList();
    }

    static VirtualMachine vm(Model model, int configuration) {
        Configuration config = model.getConfigurations().get(configuration);
        return config.getVirtualMachines().get(0);
    }
}
