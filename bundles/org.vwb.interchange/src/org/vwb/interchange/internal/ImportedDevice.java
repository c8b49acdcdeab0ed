package org.vwb.interchange.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;

/**
 * One device as a reader found it, before it becomes a {@link org.vwb.model.VirtualDevice}.
 *
 * @param kind       network, block, optical...
 * @param mode       emulated, synthetic, passthrough, or unknown for a type vwb does not model
 * @param model      a vwb device-model id, {@code unknown}, or {@code passthrough}
 * @param sourceType the type string as written in the file, e.g. {@code VmxNet3} or {@code interface model=e1000}
 * @param hostDevice for passthrough: the host's device (PCI address or id); otherwise {@code null}
 * @param line       where the device is in the file, 0 if unknown
 * @param properties what the file says about the device that vwb does not model but an export writes back
 *                   ({@link SourceProperties} names the keys)
 */
public record ImportedDevice(DeviceKind kind, DeviceMode mode, String model, String sourceType, String hostDevice,
        int line, Map<String, String> properties) {

    public ImportedDevice {
        properties = Map.copyOf(properties);
    }

    public ImportedDevice(DeviceKind kind, DeviceMode mode, String model, String sourceType, String hostDevice,
            int line) {
        this(kind, mode, model, sourceType, hostDevice, line, Map.of());
    }

    /** This device with one more property; a blank value is not worth keeping and is left out. */
    public ImportedDevice with(String key, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        Map<String, String> more = new LinkedHashMap<>(properties);
        more.put(key, value);
        return new ImportedDevice(kind, mode, model, sourceType, hostDevice, line, more);
    }

    /** This device with every property of {@code more} added. */
    public ImportedDevice with(Map<String, String> more) {
        ImportedDevice device = this;
        for (Map.Entry<String, String> entry : more.entrySet()) {
            device = device.with(entry.getKey(), entry.getValue());
        }
        return device;
    }
}
