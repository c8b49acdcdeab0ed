package org.vwb.interchange.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.vwb.interchange.InterchangeWarning;
import org.vwb.model.VirtualDevice;

/** Collects the warnings of one import or export of one file. */
public final class Warnings {

    private final Path file;
    private final List<InterchangeWarning> warnings = new ArrayList<>();

    public Warnings(Path file) {
        this.file = file;
    }

    public void add(int line, String element, String message) {
        warnings.add(new InterchangeWarning(file, line, element, message));
    }

    /** The warning every unmapped device gets: it is kept, not dropped. */
    public ImportedDevice unknown(ImportedDevice device, String element) {
        add(device.line(), element, "device type '" + device.sourceType() + "' is not one vwb models; kept as "
                + device.kind() + " device 'unknown' (emulated)");
        return device;
    }

    /** The warning of an export that has no form for a device in its format. */
    public void leftOut(VirtualDevice device, String format) {
        add(0, device.getName(), (DeviceModels.UNKNOWN.equals(device.getDeviceModel())
                ? "unknown device (source type '" + device.getSourceType() + "')"
                : device.getMode() + " " + device.getKind() + " device '" + device.getDeviceModel() + "'")
                + " has no " + format + " form; left out");
    }

    public List<InterchangeWarning> list() {
        return List.copyOf(warnings);
    }
}
