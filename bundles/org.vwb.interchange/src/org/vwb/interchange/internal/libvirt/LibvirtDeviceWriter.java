package org.vwb.interchange.internal.libvirt;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vwb.interchange.internal.DeviceModels;
import org.vwb.interchange.internal.Dom;
import org.vwb.interchange.internal.Warnings;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;
import org.w3c.dom.Element;

/** Writes the {@code <devices>} of one VM: disks on the bus of their model, interfaces, controllers, hostdevs. */
final class LibvirtDeviceWriter {

    private static final Pattern PCI = Pattern.compile("([0-9a-fA-F]{4}):([0-9a-fA-F]{2}):([0-9a-fA-F]{2})\\.([0-7])");

    private final Element devices;
    private final boolean vhost;
    private final Warnings warnings;
    private final Map<String, Integer> scsiControllers = new HashMap<>();
    private final Map<String, Integer> targets = new HashMap<>();
    private final Map<String, Integer> ownControllers = new HashMap<>();
    private final java.util.Set<String> usedBuses = new java.util.HashSet<>();
    private int controllerCount;

    LibvirtDeviceWriter(Element devices, boolean vhost, Warnings warnings) {
        this.devices = devices;
        this.vhost = vhost;
        this.warnings = warnings;
    }

    /** Disks first, controllers of their own last: those take the indexes the disks' controllers left free. */
    void write(VirtualMachine vm) {
        for (VirtualDevice device : vm.getDevices()) {
            if (device.getKind() != DeviceKind.CONTROLLER) {
                write(device);
            }
        }
        for (VirtualDevice device : vm.getDevices()) {
            if (device.getKind() == DeviceKind.CONTROLLER) {
                write(device);
            }
        }
    }

    private void write(VirtualDevice device) {
        if (device.getMode() == DeviceMode.PASSTHROUGH) {
            passthrough(device);
            return;
        }
        String model = device.getDeviceModel();
        switch (device.getKind()) {
            case NETWORK -> nic(device, model);
            case BLOCK -> block(device, model);
            case OPTICAL -> disk("cdrom", "ide", "hd");
            case FLOPPY -> disk("floppy", "fdc", "fd");
            case CONTROLLER -> controller(device, model);
            default -> skipped(device);
        }
    }

    private void nic(VirtualDevice device, String model) {
        if (!DeviceModels.isKnown(model)) {
            skipped(device);
            return;
        }
        Element nic = Dom.add(devices, null, "interface");
        nic.setAttribute("type", "network");
        Dom.add(nic, null, "source").setAttribute("network", "default");
        Dom.add(nic, null, "model").setAttribute("type", LibvirtVocabulary.nicModel(model));
        if (vhost && model.equals("virtio-net")) {
            Dom.add(nic, null, "driver").setAttribute("name", "vhost");
        }
    }

    private void block(VirtualDevice device, String model) {
        String bus = switch (model) {
            case "virtio-blk" -> "virtio";
            case "ide" -> "ide";
            case "ahci" -> "sata";
            case "blkfront" -> "xen";
            case "nvme" -> "nvme";
            default -> LibvirtVocabulary.scsiModel(model).isPresent() ? "scsi" : null;
        };
        if (bus == null) {
            skipped(device);
            return;
        }
        String prefix = switch (bus) {
            case "virtio" -> "vd";
            case "ide" -> "hd";
            case "xen" -> "xvd";
            case "nvme" -> "nvme";
            default -> "sd";
        };
        Element disk = disk("disk", bus, prefix);
        if (bus.equals("scsi")) {
            int controller = scsiControllers.computeIfAbsent(model, this::scsiController);
            Element address = Dom.add(disk, null, "address");
            address.setAttribute("type", "drive");
            address.setAttribute("controller", String.valueOf(controller));
        }
    }

    private Element disk(String device, String bus, String prefix) {
        usedBuses.add(bus);
        Element disk = Dom.add(devices, null, "disk");
        disk.setAttribute("type", "file");
        disk.setAttribute("device", device);
        int index = targets.merge(prefix, 1, Integer::sum) - 1;
        String dev = prefix.equals("nvme") ? "nvme0n" + (index + 1) : prefix + (char) ('a' + index);
        Element target = Dom.add(disk, null, "target");
        target.setAttribute("dev", dev);
        target.setAttribute("bus", bus);
        if (!device.equals("disk")) {
            Dom.add(disk, null, "readonly");
        }
        return disk;
    }

    private int scsiController(String model) {
        int index = controllerCount++;
        Element controller = Dom.add(devices, null, "controller");
        controller.setAttribute("type", "scsi");
        controller.setAttribute("index", String.valueOf(index));
        controller.setAttribute("model", LibvirtVocabulary.scsiModel(model).orElseThrow());
        return index;
    }

    private void controller(VirtualDevice device, String model) {
        if (LibvirtVocabulary.scsiModel(model).isPresent()) {
            scsiController(model); // a controller of its own: no disk of the VM is on it
            return;
        }
        String type = switch (model) {
            case "ide" -> "ide";
            case "ahci" -> "sata";
            case "nvme" -> "nvme";
            default -> null;
        };
        if (type == null) {
            skipped(device);
            return;
        }
        Element controller = Dom.add(devices, null, "controller");
        controller.setAttribute("type", type);
        String bus = type.equals("sata") ? "sata" : type;
        int index = (usedBuses.contains(bus) ? 1 : 0) + ownControllers.merge(type, 1, Integer::sum) - 1;
        controller.setAttribute("index", String.valueOf(index));
    }

    private void passthrough(VirtualDevice device) {
        String id = device.getBacking() == null ? "" : String.valueOf(device.getBacking().getPciId());
        Matcher pci = PCI.matcher(id);
        if (!pci.matches()) {
            skipped(device);
            return;
        }
        Element element = Dom.add(devices, null, device.getKind() == DeviceKind.NETWORK ? "interface" : "hostdev");
        element.setAttribute(device.getKind() == DeviceKind.NETWORK ? "type" : "mode",
                device.getKind() == DeviceKind.NETWORK ? "hostdev" : "subsystem");
        if (device.getKind() != DeviceKind.NETWORK) {
            element.setAttribute("type", "pci");
        }
        element.setAttribute("managed", "yes");
        Element address = Dom.add(Dom.add(element, null, "source"), null, "address");
        address.setAttribute("domain", "0x" + pci.group(1));
        address.setAttribute("bus", "0x" + pci.group(2));
        address.setAttribute("slot", "0x" + pci.group(3));
        address.setAttribute("function", "0x" + pci.group(4));
    }

    private void skipped(VirtualDevice device) {
        warnings.leftOut(device, "libvirt");
    }
}
