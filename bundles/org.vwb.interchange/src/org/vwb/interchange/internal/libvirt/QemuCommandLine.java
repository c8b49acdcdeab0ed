package org.vwb.interchange.internal.libvirt;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vwb.interchange.internal.DeviceModels;
import org.vwb.interchange.internal.Dom;
import org.vwb.interchange.internal.ImportedDevice;
import org.vwb.interchange.internal.SafeXml;
import org.vwb.interchange.internal.Warnings;
import org.vwb.model.DeviceKind;
import org.w3c.dom.Element;

/**
 * Devices added behind libvirt's back through {@code <qemu:commandline>}: {@code -device vfio-pci,host=...} is a
 * PCI device assigned to the guest although no {@code <hostdev>} says so. It is modelled as the passthrough it
 * is, with a warning (libvirt neither detaches it from the host nor checks its IOMMU group); any other
 * {@code -device} is named in a warning, as vwb cannot tell what it is.
 */
final class QemuCommandLine {

    private static final Pattern HOST = Pattern.compile("(?:^|,)host=((?:[0-9a-fA-F]{4}:)?[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\\.[0-7])");

    private QemuCommandLine() {
    }

    static List<ImportedDevice> devices(Element domain, Warnings warnings) {
        List<ImportedDevice> devices = new ArrayList<>();
        for (Element commandLine : Dom.children(domain, "commandline")) {
            List<Element> args = Dom.children(commandLine, "arg");
            for (int i = 0; i + 1 < args.size(); i++) {
                if (!Dom.attribute(args.get(i), "value").equals("-device")) {
                    continue;
                }
                String device = Dom.attribute(args.get(i + 1), "value");
                int line = SafeXml.line(args.get(i + 1));
                Matcher host = HOST.matcher(device);
                if (device.startsWith("vfio-pci") && host.find()) {
                    String address = host.group(1).length() == 7 ? "0000:" + host.group(1) : host.group(1);
                    warnings.add(line, "qemu:commandline", "hidden passthrough: '-device " + device + "' assigns "
                            + "host PCI device " + address + " to the guest outside libvirt's control; modelled as "
                            + "passthrough");
                    devices.add(DeviceModels.passthrough(DeviceKind.OTHER, "qemu:commandline -device vfio-pci",
                            address.toLowerCase(java.util.Locale.ROOT), line));
                } else {
                    warnings.add(line, "qemu:commandline", "'-device " + device + "' adds a device libvirt does not "
                            + "describe; not imported");
                }
                i++;
            }
        }
        return devices;
    }
}
