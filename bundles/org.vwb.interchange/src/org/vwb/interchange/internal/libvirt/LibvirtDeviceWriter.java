package org.vwb.interchange.internal.libvirt;

import static org.vwb.interchange.internal.SourceProperties.get;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.EMap;
import org.vwb.interchange.internal.DeviceModels;
import org.vwb.interchange.internal.Dom;
import org.vwb.interchange.internal.Platform;
import org.vwb.interchange.internal.NicSettings;
import org.vwb.interchange.internal.SourceProperties;
import org.vwb.interchange.internal.Warnings;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;
import org.w3c.dom.Element;

/**
 * Writes the {@code <devices>} of one VM: disks on the bus of their model with the image, target and bus they
 * were imported with, interfaces with their MAC and network or bridge, controllers, hostdevs with their
 * {@code managed} setting. Everything written is in libvirt's schema ({@code virt-xml-validate} accepts it).
 */
final class LibvirtDeviceWriter {

    /** libvirt's absFilePath: a file disk's source must be absolute (basictypes.rng). */
    private static final Pattern ABSOLUTE = Pattern.compile("(/|[a-zA-Z]:\\\\).+");
    private static final Pattern PCI = Pattern.compile("([0-9a-fA-F]{4}):([0-9a-fA-F]{2}):([0-9a-fA-F]{2})\\.([0-7])");

    private final Element devices;
    private final Platform platform;
    private final Warnings warnings;
    private final Map<String, Integer> scsiControllers = new HashMap<>();
    private final Map<String, Integer> ownControllers = new HashMap<>();
    private final Set<String> usedBuses = new HashSet<>();
    private final Set<String> usedTargets = new HashSet<>();
    private int controllerCount;

    LibvirtDeviceWriter(Element devices, Platform platform, Warnings warnings) {
        this.devices = devices;
        this.platform = platform;
        this.warnings = warnings;
    }

    /** Disks first, controllers of their own last: those take the indexes the disks' controllers left free. */
    void write(VirtualMachine vm) {
        vm.getDevices().stream().filter(d -> d.getKind() != DeviceKind.CONTROLLER).forEach(this::write);
        vm.getDevices().stream().filter(d -> d.getKind() == DeviceKind.CONTROLLER).forEach(this::write);
        warnings.leftOutUnknown(vm, "libvirt");
    }

    private void write(VirtualDevice device) {
        if (device.getMode() == DeviceMode.PASSTHROUGH) {
            passthrough(device);
            return;
        }
        if (device.getMode() == DeviceMode.UNKNOWN) {
            return; // summarized per VM
        }
        String model = device.getDeviceModel();
        EMap<String, String> properties = device.getSourceProperties();
        switch (device.getKind()) {
            case NETWORK -> nic(device, model);
            case BLOCK -> block(device, model);
            case OPTICAL -> disk("cdrom", get(properties, SourceProperties.BUS, "ide"), properties);
            case FLOPPY -> disk("floppy", "fdc", properties);
            case CONTROLLER -> controller(device, model);
            default -> skipped(device);
        }
    }

    private void nic(VirtualDevice device, String model) {
        if (!DeviceModels.isKnown(model)) {
            skipped(device);
            return;
        }
        EMap<String, String> properties = device.getSourceProperties();
        String connection = get(properties, SourceProperties.CONNECTION, "network");
        Element nic = Dom.add(devices, null, "interface");
        String network = properties.get(SourceProperties.NETWORK);
        switch (connection) {
            case "bridge", "direct" -> {
                nic.setAttribute("type", network == null ? "network" : connection);
                Dom.add(nic, null, "source").setAttribute(network == null ? "network" : connection.equals("bridge")
                        ? "bridge" : "dev", network == null ? "default" : network);
            }
            case "user" -> nic.setAttribute("type", "user");
            default -> {
                nic.setAttribute("type", "network");
                Dom.add(nic, null, "source").setAttribute("network", network == null ? "default" : network);
            }
        }
        mac(nic, properties);
        Dom.add(nic, null, "model").setAttribute("type", LibvirtVocabulary.nicModel(model));
        Element driver = null;
        if (platform == Platform.KVM_VHOST && model.equals("virtio-net")) {
            driver = Dom.add(nic, null, "driver");
            driver.setAttribute("name", "vhost");
        }
        if (device.getQueues() > 0) {
            (driver == null ? Dom.add(nic, null, "driver") : driver).setAttribute("queues",
                    Integer.toString(device.getQueues()));
        } else if (properties.containsKey(NicSettings.QUEUES)) {
            (driver == null ? Dom.add(nic, null, "driver") : driver).setAttribute("queues",
                    properties.get(NicSettings.QUEUES));
        }
        if (device.getMtu() != NicSettings.STANDARD_MTU || properties.containsKey(NicSettings.MTU)) {
            Dom.add(nic, null, "mtu").setAttribute("size", device.getMtu() != NicSettings.STANDARD_MTU
                    ? Integer.toString(device.getMtu()) : properties.get(NicSettings.MTU));
        }
    }

    private void block(VirtualDevice device, String model) {
        String bus = switch (model) {
            case "virtio-blk" -> "virtio";
            case "ide" -> "ide";
            case "ahci" -> "sata";
            case "blkfront" -> "xen";
            default -> scsiModel(model) != null ? "scsi" : null; // libvirt has no emulated NVMe disk bus
        };
        if (bus == null) {
            skipped(device);
            return;
        }
        Element disk = disk("disk", bus, device.getSourceProperties());
        if (disk.getAttribute("type").equals("file") && Dom.child(disk, "source").isEmpty()
                && device.getSourceProperties().containsKey(SourceProperties.IMAGE)) {
            warnings.add(0, device.getName(), "image '" + device.getSourceProperties().get(SourceProperties.IMAGE)
                    + "' is relative to the file it was imported from, and libvirt needs an absolute path: written "
                    + "without <source>; add the image's path");
        }
        if (bus.equals("scsi")) {
            int controller = scsiControllers.computeIfAbsent(model, this::scsiController);
            Element address = Dom.add(disk, null, "address");
            address.setAttribute("type", "drive");
            address.setAttribute("controller", String.valueOf(controller));
        }
    }

    private Element disk(String device, String bus, EMap<String, String> properties) {
        usedBuses.add(bus);
        Element disk = Dom.add(devices, null, "disk");
        String image = properties.get(SourceProperties.IMAGE);
        String type = get(properties, SourceProperties.IMAGE_TYPE, "file");
        disk.setAttribute("type", type.equals("block") || type.equals("volume") ? type : "file");
        disk.setAttribute("device", device);
        if (image != null && (!type.equals("file") || ABSOLUTE.matcher(image).matches())) {
            Element source = Dom.add(disk, null, "source");
            if (type.equals("volume") && image.contains("/")) {
                source.setAttribute("pool", image.substring(0, image.indexOf('/')));
                source.setAttribute("volume", image.substring(image.indexOf('/') + 1));
            } else {
                source.setAttribute(type.equals("block") ? "dev" : "file", image);
            }
        }
        Element target = Dom.add(disk, null, "target");
        target.setAttribute("dev", target(bus, properties.get(SourceProperties.TARGET)));
        target.setAttribute("bus", bus);
        if (!device.equals("disk")) {
            Dom.add(disk, null, "readonly");
        }
        return disk;
    }

    /** The target the device was imported with, unless another device of this VM took it already. */
    private String target(String bus, String recorded) {
        if (recorded != null && usedTargets.add(recorded)) {
            return recorded;
        }
        String prefix = switch (bus) {
            case "virtio" -> "vd";
            case "ide" -> "hd";
            case "xen" -> "xvd";
            case "fdc" -> "fd";
            default -> "sd";
        };
        for (int index = 0;; index++) {
            String dev = prefix + (char) ('a' + index % 26) + (index < 26 ? "" : String.valueOf(index / 26));
            if (usedTargets.add(dev)) {
                return dev;
            }
        }
    }

    private int scsiController(String model) {
        int index = controllerCount++;
        Element controller = Dom.add(devices, null, "controller");
        controller.setAttribute("type", "scsi");
        controller.setAttribute("index", String.valueOf(index));
        String libvirtModel = scsiModel(model);
        if (!libvirtModel.isEmpty()) {
            controller.setAttribute("model", libvirtModel);
        }
        return index;
    }

    /**
     * libvirt's model of a SCSI HBA, empty for Hyper-V's storvsc (a Hyper-V domain's SCSI controller has no model
     * attribute: it is the synthetic one), {@code null} if libvirt cannot express it on this platform.
     */
    private String scsiModel(String model) {
        if (model.equals("storvsc")) {
            return platform == Platform.HYPERV ? "" : null;
        }
        return LibvirtVocabulary.scsiModel(model).orElse(null);
    }

    private void controller(VirtualDevice device, String model) {
        if (scsiModel(model) != null) {
            scsiController(model); // a controller of its own: no disk of the VM is on it
            return;
        }
        String type = switch (model) {
            case "ide" -> "ide";
            case "ahci" -> "sata";
            default -> null;
        };
        if (type == null) {
            skipped(device);
            return;
        }
        Element controller = Dom.add(devices, null, "controller");
        controller.setAttribute("type", type);
        int index = (usedBuses.contains(type) ? 1 : 0) + ownControllers.merge(type, 1, Integer::sum) - 1;
        controller.setAttribute("index", String.valueOf(index));
    }

    private void passthrough(VirtualDevice device) {
        String id = device.getBacking() == null ? "" : String.valueOf(device.getBacking().getPciId());
        Matcher pci = PCI.matcher(id);
        if (!pci.matches()) {
            skipped(device);
            return;
        }
        boolean nic = device.getKind() == DeviceKind.NETWORK;
        Element element = Dom.add(devices, null, nic ? "interface" : "hostdev");
        if (nic) {
            element.setAttribute("type", "hostdev");
        } else {
            element.setAttribute("mode", "subsystem");
            element.setAttribute("type", "pci");
        }
        element.setAttribute("managed", get(device.getSourceProperties(), SourceProperties.MANAGED, "yes"));
        if (nic) {
            mac(element, device.getSourceProperties());
        }
        Element address = Dom.add(Dom.add(element, null, "source"), null, "address");
        if (nic) {
            address.setAttribute("type", "pci"); // required on an interface's source, refused on a hostdev's
        }
        address.setAttribute("domain", "0x" + pci.group(1));
        address.setAttribute("bus", "0x" + pci.group(2));
        address.setAttribute("slot", "0x" + pci.group(3));
        address.setAttribute("function", "0x" + pci.group(4));
    }

    private static void mac(Element nic, EMap<String, String> properties) {
        String mac = properties.get(SourceProperties.MAC);
        if (mac != null && mac.matches("\\p{XDigit}{2}(:\\p{XDigit}{2}){5}")) {
            Dom.add(nic, null, "mac").setAttribute("address", mac);
        }
    }

    private void skipped(VirtualDevice device) {
        warnings.leftOut(device, "libvirt");
    }
}
