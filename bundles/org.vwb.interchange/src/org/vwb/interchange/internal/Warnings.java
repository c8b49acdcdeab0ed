package org.vwb.interchange.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.vwb.interchange.InterchangeWarning;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;

/**
 * Collects the warnings of one import or export of one file. An unknown device whose absence changes a result
 * (a NIC, a disk, a storage controller, a GPU) gets a line of its own; the rest (mouse, keyboard, tablet,
 * balloon, sound, video, USB, serial...), which every domain has, share one line per VM, see
 * {@link #summarize(ImportedVm)}.
 */
public final class Warnings {

    private final Path file;
    private final List<InterchangeWarning> warnings = new ArrayList<>();

    public Warnings(Path file) {
        this.file = file;
    }

    public void add(int line, String element, String message) {
        warnings.add(new InterchangeWarning(file, line, element, message));
    }

    /** The warning an unmapped device that matters gets: it is kept, not dropped, and not simulated. */
    public ImportedDevice unknown(ImportedDevice device, String element) {
        if (changesResults(device.kind())) {
            add(device.line(), element, "device type '" + device.sourceType() + "' is not one vwb models; kept as "
                    + device.kind() + " device of unknown type, not simulated");
        }
        return device;
    }

    /** One line for the devices of a VM that vwb does not model and that change no result. */
    public void summarize(ImportedVm vm) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int line = 0;
        for (ImportedDevice device : vm.devices()) {
            if (device.mode() == DeviceMode.UNKNOWN && !changesResults(device.kind())) {
                counts.merge(device.sourceType(), 1, Integer::sum);
                line = line == 0 ? device.line() : line;
            }
        }
        if (!counts.isEmpty()) {
            add(line, "vm '" + vm.name() + "'", "not modelled by vwb, kept as devices of unknown type and not "
                    + "simulated: " + counts.entrySet().stream().map(e -> (e.getValue() > 1 ? e.getValue() + " x " : "")
                            + e.getKey()).collect(Collectors.joining(", ")));
        }
    }

    /** The warning of an export that has no form for a device in its format. */
    public void leftOut(VirtualDevice device, String format) {
        add(0, device.getName(), (device.getMode() == DeviceMode.UNKNOWN || DeviceModels.UNKNOWN.equals(
                device.getDeviceModel()) ? "device of unknown type (source type '" + device.getSourceType() + "')"
                        : device.getMode() + " " + device.getKind() + " device '" + device.getDeviceModel() + "'")
                + " has no " + format + " form; left out");
    }

    /** One line for the devices of unknown type an export leaves out of a VM: they have no form anywhere. */
    public void leftOutUnknown(VirtualMachine vm, String format) {
        List<String> unknown = vm.getDevices().stream().filter(d -> d.getMode() == DeviceMode.UNKNOWN)
                .map(d -> d.getName() + " (" + d.getSourceType() + ")").toList();
        if (!unknown.isEmpty()) {
            add(0, "vm '" + vm.getName() + "'", "devices of unknown type left out of the " + format + " export: "
                    + String.join(", ", unknown));
        }
    }

    public List<InterchangeWarning> list() {
        return List.copyOf(warnings);
    }

    private static boolean changesResults(DeviceKind kind) {
        return kind == DeviceKind.NETWORK || kind == DeviceKind.BLOCK || kind == DeviceKind.CONTROLLER
                || kind == DeviceKind.GPU;
    }
}
