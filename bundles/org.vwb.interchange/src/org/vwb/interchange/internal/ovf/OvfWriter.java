package org.vwb.interchange.internal.ovf;

import java.math.BigInteger;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.common.util.EMap;

import org.vwb.interchange.internal.Dom;
import org.vwb.interchange.internal.Platform;
import org.vwb.interchange.internal.SourceProperties;
import org.vwb.interchange.internal.Warnings;
import org.vwb.model.DeviceMode;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;
import org.w3c.dom.Element;

/**
 * Writes one VM as an OVF 2 VirtualSystem the way ovftool lays it out: a System with the VirtualSystemType,
 * rasd Items for CPU, memory, controllers and disks (properties in schema order), epasd EthernetPortItems for
 * NICs, and a DiskSection entry per disk. A block device becomes a disk on a controller of its model; each device
 * keeps the controller, unit, capacity, network and MAC address it was imported with ({@link OvfControllers}).
 */
final class OvfWriter {

    static final String OVF = "http://schemas.dmtf.org/ovf/envelope/2";
    private static final String CIM = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/";
    static final String RASD = CIM + "CIM_ResourceAllocationSettingData";
    static final String VSSD = CIM + "CIM_VirtualSystemSettingData";
    static final String EPASD = CIM + "CIM_EthernetPortAllocationSettingData";

    private static final BigInteger GIBIBYTE = BigInteger.ONE.shiftLeft(30);

    private final Element diskSection;
    private final Warnings warnings;
    private final Set<String> networks = new LinkedHashSet<>();
    private int instance;

    OvfWriter(Element diskSection, Warnings warnings) {
        this.diskSection = diskSection;
        this.warnings = warnings;
    }

    /**
     * Writes a VM as a VirtualSystem of a unique {@code id}; {@code vendorProfile} picks the hardware version when
     * none was imported.
     */
    void system(Element parent, VirtualMachine vm, String id, Platform platform, String vendorProfile) {
        Element system = Dom.add(parent, OVF, "VirtualSystem");
        system.setAttributeNS(OVF, "ovf:id", id);
        Dom.add(system, OVF, "Info", "A virtual machine");
        Dom.add(system, OVF, "Name", vm.getName());
        Element os = Dom.add(system, OVF, "OperatingSystemSection");
        os.setAttributeNS(OVF, "ovf:id", "1");
        Dom.add(os, OVF, "Info", "The kind of installed guest operating system");
        Dom.add(os, OVF, "Description", vm.getOperatingSystem() == null ? "Other" : vm.getOperatingSystem());
        Element hardware = Dom.add(system, OVF, "VirtualHardwareSection");
        Dom.add(hardware, OVF, "Info", "Virtual hardware requirements");
        Element identity = Dom.add(hardware, OVF, "System");
        Dom.add(identity, VSSD, "vssd:ElementName", "Virtual Hardware Family");
        Dom.add(identity, VSSD, "vssd:InstanceID", "0");
        Dom.add(identity, VSSD, "vssd:VirtualSystemIdentifier", vm.getName());
        String imported = vm.getSourceProperties().get(SourceProperties.HARDWARE_VERSION);
        Dom.add(identity, VSSD, "vssd:VirtualSystemType", platform == Platform.VMWARE && imported != null ? imported
                : OvfProducer.systemType(platform, vendorProfile));
        instance = 0;
        item(hardware, "hertz * 10^6", vm.getVcpus() + " virtual CPU(s)", null, null, null,
                OvfVocabulary.PROCESSOR, String.valueOf(vm.getVcpus()));
        item(hardware, "byte * 2^20", vm.getMemoryMiB() + "MB of memory", null, null, null,
                OvfVocabulary.MEMORY, String.valueOf(vm.getMemoryMiB()));
        OvfControllers controllers = new OvfControllers(model -> controller(hardware, model));
        for (VirtualDevice device : vm.getDevices()) {
            device(hardware, device, controllers);
        }
        warnings.leftOutUnknown(vm, "OVF");
    }

    /** The networks the NICs written so far are connected to, for the NetworkSection. */
    Set<String> networks() {
        return networks;
    }

    private void device(Element hardware, VirtualDevice device, OvfControllers controllers) {
        String model = device.getDeviceModel();
        EMap<String, String> properties = device.getSourceProperties();
        if (device.getMode() == DeviceMode.UNKNOWN) {
            return; // summarized per VM
        }
        if (device.getMode() == DeviceMode.PASSTHROUGH) {
            skipped(device);
            return;
        }
        switch (device.getKind()) {
            case NETWORK -> OvfVocabulary.nicSubtype(model).ifPresentOrElse(subtype -> nic(hardware, device, subtype),
                    () -> skipped(device));
            case BLOCK -> {
                if (OvfVocabulary.controllerSubtype(model).isEmpty()) {
                    skipped(device);
                    return;
                }
                String[] parent = place(controllers, model, properties);
                String disk = "vmdisk" + (diskSection.getElementsByTagNameNS(OVF, "Disk").getLength() + 1);
                diskEntry(disk, device);
                item(hardware, null, device.getName(), "ovf:/disk/" + disk, parent[0], parent[1],
                        OvfVocabulary.DISK_DRIVE, null);
            }
            case CONTROLLER -> {
                if (OvfVocabulary.controllerSubtype(model).isEmpty()) {
                    skipped(device);
                } else {
                    controllers.standalone(model);
                }
            }
            case OPTICAL -> {
                String controllerModel = SourceProperties.get(properties, SourceProperties.CONTROLLER_MODEL, "ide");
                String[] parent = place(controllers, OvfVocabulary.controllerSubtype(controllerModel).isPresent()
                        ? controllerModel : "ide", properties);
                item(hardware, null, device.getName(), null, parent[0], parent[1], OvfVocabulary.CD_DRIVE, null);
            }
            case FLOPPY -> item(hardware, null, device.getName(), null, null, null, OvfVocabulary.FLOPPY, null);
            default -> skipped(device);
        }
    }

    private String[] place(OvfControllers controllers, String model, EMap<String, String> properties) {
        long before = controllers.count("ide");
        String[] parent = controllers.place(model, properties.get(SourceProperties.CONTROLLER),
                properties.get(SourceProperties.UNIT));
        if (model.equals("ide") && before == 2 && controllers.count("ide") == 3) {
            warnings.add(0, "IDE", "more than four IDE devices: a third IDE controller is written, which VMware and "
                    + "real PC hardware (two IDE channels) do not have");
        }
        return parent;
    }

    /** The disk's DiskSection entry with its imported capacity, or 16 GiB when the source did not say. */
    private void diskEntry(String id, VirtualDevice device) {
        Element entry = Dom.add(diskSection, OVF, "Disk");
        String bytes = device.getSourceProperties().get(SourceProperties.CAPACITY_BYTES);
        if (bytes == null || !bytes.matches("[1-9][0-9]{0,19}")) {
            warnings.add(0, device.getName(), "capacity unknown (the imported file did not record it); declared "
                    + "as 16 GiB");
            bytes = String.valueOf(16L << 30);
        }
        BigInteger capacity = new BigInteger(bytes);
        boolean gibibytes = capacity.mod(GIBIBYTE).signum() == 0;
        entry.setAttributeNS(OVF, "ovf:capacity", gibibytes ? capacity.divide(GIBIBYTE).toString() : bytes);
        entry.setAttributeNS(OVF, "ovf:capacityAllocationUnits", gibibytes ? "byte * 2^30" : "byte");
        entry.setAttributeNS(OVF, "ovf:diskId", id);
        entry.setAttributeNS(OVF, "ovf:format",
                "http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized");
    }

    private String controller(Element hardware, String model) {
        String subtype = OvfVocabulary.controllerSubtype(model).orElseThrow();
        Element item = item(hardware, null, model + " controller", null, null, null,
                OvfVocabulary.controllerType(model), null);
        Element type = Dom.children(item, "ResourceType").get(0);
        item.insertBefore(item.getOwnerDocument().createElementNS(RASD, "rasd:ResourceSubType"), type)
                .setTextContent(subtype);
        return Dom.text(item, "InstanceID");
    }

    private void nic(Element hardware, VirtualDevice device, String subtype) {
        String network = SourceProperties.get(device.getSourceProperties(), SourceProperties.NETWORK, "VM Network");
        networks.add(network);
        Element item = Dom.add(hardware, OVF, "EthernetPortItem");
        String mac = device.getSourceProperties().get(SourceProperties.MAC);
        if (mac != null && mac.matches("\\p{XDigit}{2}([:-]\\p{XDigit}{2}){5}")) {
            Dom.add(item, EPASD, "epasd:Address", mac);
        }
        Dom.add(item, EPASD, "epasd:AutomaticAllocation", "true");
        Dom.add(item, EPASD, "epasd:Connection", network);
        Dom.add(item, EPASD, "epasd:ElementName", device.getName());
        Dom.add(item, EPASD, "epasd:InstanceID", String.valueOf(++instance));
        Dom.add(item, EPASD, "epasd:ResourceSubType", subtype);
        Dom.add(item, EPASD, "epasd:ResourceType", String.valueOf(OvfVocabulary.ETHERNET));
    }

    /** A rasd Item with its properties in the schema's (alphabetical) order; null values are left out. */
    private Element item(Element hardware, String units, String name, String hostResource, String parent,
            String address, int type, String quantity) {
        Element item = Dom.add(hardware, OVF, "Item");
        optional(item, "AddressOnParent", address);
        optional(item, "AllocationUnits", units);
        Dom.add(item, RASD, "rasd:ElementName", name);
        optional(item, "HostResource", hostResource);
        Dom.add(item, RASD, "rasd:InstanceID", String.valueOf(++instance));
        optional(item, "Parent", parent);
        Dom.add(item, RASD, "rasd:ResourceType", String.valueOf(type));
        optional(item, "VirtualQuantity", quantity);
        return item;
    }

    private static void optional(Element item, String property, String value) {
        if (value != null) {
            Dom.add(item, RASD, "rasd:" + property, value);
        }
    }

    private void skipped(VirtualDevice device) {
        warnings.leftOut(device, "OVF");
    }
}
