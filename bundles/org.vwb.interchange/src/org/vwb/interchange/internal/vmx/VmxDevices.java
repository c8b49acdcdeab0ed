package org.vwb.interchange.internal.vmx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vwb.interchange.internal.DeviceModels;
import org.vwb.interchange.internal.NicSettings;
import org.vwb.interchange.internal.ImportedDevice;
import org.vwb.interchange.internal.InstalledDevices;
import org.vwb.interchange.internal.NicSettings;
import org.vwb.interchange.internal.SourceProperties;
import org.vwb.interchange.internal.Warnings;
import org.vwb.model.DeviceKind;

/**
 * Maps a .vmx file's present devices, in file order: {@code ethernetN} by {@code virtualDev} (absent: VMware's
 * default for the guest, vlance for old 32-bit guests, e1000 otherwise), disks on {@code scsiN}, {@code sataN},
 * {@code nvmeN} and {@code ideN} with their controller's model, CD-ROMs, floppies, passthrough PCI devices.
 * Controllers without a disk stay as CONTROLLER devices. USB devices ({@code usb:N}, {@code usb_xhci:N},
 * {@code ehci:N}: mice, keyboards, hubs) are USB devices vwb does not model, never disks. svga, vmci, hpet and
 * PCI bridges are plumbing, not imported.
 */
final class VmxDevices {

    private static final Pattern DEVICE = Pattern.compile("([a-z_]+?)(\\d*)(?::(\\d+))?\\.present");
    /** The controller families whose {@code family N:M} entries are disks and CD-ROMs. */
    private static final Set<String> STORAGE = Set.of("ide", "scsi", "sata", "nvme");
    /** USB controllers, whose {@code family:N} entries are the devices plugged into them. */
    private static final Set<String> USB = Set.of("usb", "usb_xhci", "ehci");
    private static final Set<String> PLUMBING = Set.of("svga", "vmci", "hpet", "mks", "tools", "isolation", "vhv", "pcibridge");
    private static final Map<String, String> NICS = Map.of("e1000", "e1000", "e1000e", "e1000e", "vmxnet3",
            "vmxnet3", "vmxnet", "vmxnet2", "vmxnet2", "vmxnet2", "vlance", "vlance");
    private static final Map<String, String> SCSI = Map.of("lsilogic", "lsilogic", "lsisas1068", "lsisas",
            "pvscsi", "pvscsi", "buslogic", "buslogic");
    /** Guests whose default NIC is vlance and default SCSI HBA BusLogic: DOS, Windows before XP 64, old Linux. */
    private static final Pattern OLD_GUEST = Pattern.compile(
            "dos|win31|win95|win98|winme|winnt|win2000.*|winxphome|winxppro|winnetstandard|winnetenterprise"
                    + "|winnetweb|other24xlinux|other26xlinux|redhat|rhel[2-4]|suse|other");

    private final VmxFile vmx;
    private final Warnings warnings;
    private final boolean oldGuest;

    VmxDevices(VmxFile vmx, Warnings warnings) {
        this.vmx = vmx;
        this.warnings = warnings;
        this.oldGuest = OLD_GUEST.matcher(vmx.get("guestos", "other").toLowerCase(Locale.ROOT)).matches();
    }

    List<ImportedDevice> read() {
        List<ImportedDevice> devices = new ArrayList<>();
        Set<String> controllersWithDisks = new HashSet<>();
        List<String> present = new ArrayList<>();
        for (String key : vmx.keys()) {
            Matcher device = DEVICE.matcher(key);
            String prefix = device.matches() ? key.substring(0, key.length() - ".present".length()) : null;
            if (prefix != null && vmx.present(prefix)) {
                present.add(prefix);
                if (device.group(3) != null && STORAGE.contains(device.group(1))) {
                    controllersWithDisks.add(device.group(1) + device.group(2));
                }
            }
        }
        for (String prefix : present) {
            Matcher device = DEVICE.matcher(prefix + ".present");
            device.matches();
            String family = device.group(1);
            int line = vmx.line(prefix + ".present");
            if (device.group(3) != null && STORAGE.contains(family)) {
                devices.add(attached(prefix, family + device.group(2), family, line)
                        .with(SourceProperties.IMAGE, image(prefix))
                        .with(SourceProperties.CONTROLLER, family + device.group(2))
                        .with(SourceProperties.UNIT, device.group(3)));
            } else if (device.group(3) != null && USB.contains(family)) {
                String type = vmx.get(prefix + ".devicetype", "device");
                devices.add(DeviceModels.unknown(DeviceKind.USB, "usb " + type, line));
            } else if (family.equals("ethernet")) {
                devices.add(nic(prefix, line).with(SourceProperties.MAC, vmx.get(prefix + ".address",
                        vmx.get(prefix + ".generatedaddress", ""))).with(SourceProperties.NETWORK,
                                vmx.get(prefix + ".networkname", "")).with(SourceProperties.CONNECTION,
                                        vmx.get(prefix + ".connectiontype", "")));
            } else if (family.equals("scsi") || family.equals("sata") || family.equals("nvme")) {
                if (!controllersWithDisks.contains(prefix)) {
                    devices.add(DeviceModels.controller(controllerModel(prefix), prefix, line));
                }
            } else if (family.equals("floppy")) {
                devices.add(DeviceModels.device("floppy", prefix, line));
            } else if (family.equals("pcipassthru")) {
                devices.add(DeviceModels.passthrough(DeviceKind.OTHER, prefix, pciAddress(vmx.get(prefix + ".id",
                        prefix)), line));
            } else if (!PLUMBING.contains(family) && !family.equals("ide")) {
                devices.add(unknown(prefix, family, line));
            }
        }
        return devices;
    }

    private ImportedDevice nic(String prefix, int line) {
        String virtualDev = vmx.get(prefix + ".virtualdev", "");
        if (virtualDev.isEmpty()) {
            String model = oldGuest ? "vlance" : "e1000";
            warnings.add(line, prefix, "no virtualDev; assumed " + model + ", VMware's default for guest '"
                    + vmx.get("guestos", "other") + "'");
            return DeviceModels.device(model, prefix + ".virtualDev (absent)", line);
        }
        String model = Optional.ofNullable(NICS.get(virtualDev.toLowerCase(Locale.ROOT))).or(() -> InstalledDevices
                .byName(InstalledDevices.Entry::vmx, virtualDev, DeviceKind.NETWORK).map(InstalledDevices.Entry::id))
                .orElse(null);
        if (model == null) {
            return warnings.unknown(DeviceModels.unknown(DeviceKind.NETWORK, virtualDev, line), prefix + ".virtualDev");
        }
        ImportedDevice nic = DeviceModels.device(model, virtualDev, line);
        return model.equals("vmxnet3") ? nic.with(NicSettings.INTERRUPT_RATE, coalescing(prefix, line)) : nic;
    }

    /**
     * ESX's coalescing of a vmxnet3's interrupts (vSphere Networking, "Low throughput for UDP workloads on Windows
     * virtual machines"): {@code rbc}, the default, at {@code coalescingParams} interrupts a second, or
     * {@code disabled}. {@code static} (a packet count) and {@code calibrate} (the old algorithm) are not modelled:
     * the default stands, with a warning.
     */
    private String coalescing(String prefix, int line) {
        String scheme = vmx.get(prefix + ".coalescingscheme", "").strip().toLowerCase(Locale.ROOT);
        if (scheme.equals("disabled")) {
            return "0";
        }
        if (scheme.isEmpty() || scheme.equals("rbc")) {
            String rate = vmx.get(prefix + ".coalescingparams", "").strip();
            if (!rate.isEmpty() && !NicSettings.takesInterruptRate(rate)) {
                // kept as the file's own value (an export writes it back), but the run must not use it silently
                warnings.add(line, prefix + ".coalescingParams", "coalescing rate '" + rate + "' is not one vwb "
                        + "models (100 to 100,000 interrupts/s); ESX's default (4,000 interrupts/s) is assumed");
            }
            return rate;
        }
        warnings.add(line, prefix + ".coalescingScheme", "coalescing scheme '" + scheme + "' is not modelled; "
                + "ESX's default (rate-based, 4,000 interrupts/s) is assumed");
        return "";
    }

    /** A disk or CD-ROM on a controller: {@code scsi0:1}, {@code sata0:0}, {@code ide1:0}, {@code nvme0:0}. */
    private ImportedDevice attached(String prefix, String controller, String family, int line) {
        String type = vmx.get(prefix + ".devicetype", "").toLowerCase(Locale.ROOT);
        if (type.contains("cdrom")) {
            String controllerModel = family.equals("ide") ? "ide" : vmx.present(controller)
                    ? controllerModel(controller) : "";
            return DeviceModels.device("cdrom", type, line).with(SourceProperties.CONTROLLER_MODEL,
                    controllerModel.equals(DeviceModels.UNKNOWN) ? "" : controllerModel);
        }
        if (!family.equals("ide") && !vmx.present(controller)) {
            return warnings.unknown(DeviceModels.unknown(DeviceKind.BLOCK, prefix + " on absent " + controller, line),
                    prefix);
        }
        String model = controllerModel(controller);
        return model.equals(DeviceModels.UNKNOWN)
                ? warnings.unknown(DeviceModels.unknown(DeviceKind.BLOCK, vmx.get(controller + ".virtualdev", family),
                        line), controller + ".virtualDev")
                : DeviceModels.device(model, family.equals("scsi") ? vmx.get(controller + ".virtualdev", "scsi")
                        : family, line);
    }

    /** ESXi writes a passthrough device's address in decimal (00000:059:00.1); vwb keeps PCI's hex form. */
    private static String pciAddress(String id) {
        Matcher decimal = Pattern.compile("(\\d{1,5}):(\\d{1,3}):(\\d{1,2})\\.(\\d)").matcher(id);
        return decimal.matches() ? String.format("%04x:%02x:%02x.%x", Integer.parseInt(decimal.group(1)),
                Integer.parseInt(decimal.group(2)), Integer.parseInt(decimal.group(3)),
                Integer.parseInt(decimal.group(4))) : id;
    }

    /** The image a disk or CD-ROM reads; none for a CD-ROM that passes the host's drive through. */
    private String image(String prefix) {
        String type = vmx.get(prefix + ".devicetype", "").toLowerCase(Locale.ROOT);
        return type.contains("raw") || type.startsWith("atapi") ? "" : vmx.get(prefix + ".filename", "");
    }

    private String controllerModel(String controller) {
        if (controller.startsWith("ide")) {
            return "ide";
        } else if (controller.startsWith("sata")) {
            return "ahci";
        } else if (controller.startsWith("nvme")) {
            return "nvme";
        }
        String virtualDev = vmx.get(controller + ".virtualdev", "");
        if (virtualDev.isEmpty()) {
            String model = oldGuest ? "buslogic" : "lsilogic";
            warnings.add(vmx.line(controller + ".present"), controller, "no virtualDev; assumed " + model);
            return model;
        }
        return Optional.ofNullable(SCSI.get(virtualDev.toLowerCase(Locale.ROOT)))
                .or(() -> InstalledDevices.controllerNamed(InstalledDevices.Entry::vmx, virtualDev))
                .orElse(DeviceModels.UNKNOWN);
    }

    private ImportedDevice unknown(String prefix, String family, int line) {
        DeviceKind kind = switch (family) {
            case "sound" -> DeviceKind.SOUND;
            case "usb", "usb_xhci", "ehci" -> DeviceKind.USB;
            case "serial", "parallel" -> DeviceKind.SERIAL;
            default -> DeviceKind.OTHER;
        };
        String virtualDev = vmx.get(prefix + ".virtualdev", "");
        return warnings.unknown(DeviceModels.unknown(kind, prefix + (virtualDev.isEmpty() ? "" : "/" + virtualDev),
                line), prefix);
    }
}
