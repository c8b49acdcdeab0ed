package org.vwb.interchange.internal;

import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;

/**
 * One device as a reader found it, before it becomes a {@link org.vwb.model.VirtualDevice}.
 *
 * @param kind       network, block, optical...
 * @param mode       emulated, synthetic or passthrough
 * @param model      a vwb device-model id, {@code unknown}, or {@code passthrough}
 * @param sourceType the type string as written in the file, e.g. {@code VmxNet3} or {@code interface model=e1000}
 * @param hostDevice for passthrough: the host's device (PCI address or id); otherwise {@code null}
 * @param line       where the device is in the file, 0 if unknown
 */
public record ImportedDevice(DeviceKind kind, DeviceMode mode, String model, String sourceType, String hostDevice,
        int line) {
}
