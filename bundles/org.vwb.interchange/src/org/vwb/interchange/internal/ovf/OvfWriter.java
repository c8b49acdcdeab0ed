package org.vwb.interchange.internal.ovf;

import java.util.HashMap;
import java.util.Map;

import org.vwb.interchange.internal.Dom;
import org.vwb.interchange.internal.Platform;
import org.vwb.interchange.internal.Warnings;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;
import org.w3c.dom.Element;

/**
 * Writes one VM as an OVF 2 VirtualSystem the way ovftool lays it out: a System with the VirtualSystemType,
 * rasd Items for CPU, memory, controllers and disks (properties in schema order), epasd EthernetPortItems for
 * NICs, and a DiskSection entry per disk. A block device becomes a disk on a controller of its model.
 */
final class OvfWriter {

    static final String OVF = "http://schemas.dmtf.org/ovf/envelope/2";
    private static final String CIM = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/";
    static final String RASD = CIM + "CIM_ResourceAllocationSettingData";
    static final String VSSD = CIM + "CIM_VirtualSystemSettingData";
    static final String EPASD = CIM + "CIM_EthernetPortAllocationSettingData";

    private final Element diskSection;
    private final Warnings warnings;
    private int instance;

    OvfWriter(Element diskSection, Warnings warnings) {
        this.diskSection = diskSection;
        this.warnings = warnings;
    }

    void system(Element parent, VirtualMachine vm, Platform platform) {
        Element system = Dom.add(parent, OVF, "VirtualSystem");
        system.setAttributeNS(OVF, "ovf:id", vm.getName());
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
        Dom.add(identity, VSSD, "vssd:VirtualSystemType", OvfProducer.systemType(platform));
        instance = 0;
        item(hardware, "hertz * 10^6", vm.getVcpus() + " virtual CPU(s)", null, null, null,
                OvfVocabulary.PROCESSOR, String.valueOf(vm.getVcpus()));
        item(hardware, "byte * 2^20", vm.getMemoryMiB() + "MB of memory", null, null, null,
                OvfVocabulary.MEMORY, String.valueOf(vm.getMemoryMiB()));
        Map<String, String> controllers = new HashMap<>();
        Map<String, Integer> slots = new HashMap<>();
        for (VirtualDevice device : vm.getDevices()) {
            device(hardware, device, controllers, slots);
        }
    }

    private void device(Element hardware, VirtualDevice device, Map<String, String> controllers,
            Map<String, Integer> slots) {
        String model = device.getDeviceModel();
        switch (device.getKind()) {
            case NETWORK -> OvfVocabulary.nicSubtype(model).ifPresentOrElse(subtype -> nic(hardware, device, subtype),
                    () -> skipped(device));
            case BLOCK -> {
                if (OvfVocabulary.controllerSubtype(model).isEmpty()) {
                    skipped(device);
                    return;
                }
                String parent = controllers.computeIfAbsent(model, m -> controller(hardware, m));
                String disk = "vmdisk" + (diskSection.getElementsByTagNameNS(OVF, "Disk").getLength() + 1);
                Element entry = Dom.add(diskSection, OVF, "Disk");
                entry.setAttributeNS(OVF, "ovf:capacity", "16");
                entry.setAttributeNS(OVF, "ovf:capacityAllocationUnits", "byte * 2^30");
                entry.setAttributeNS(OVF, "ovf:diskId", disk);
                entry.setAttributeNS(OVF, "ovf:format",
                        "http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized");
                item(hardware, null, device.getName(), "ovf:/disk/" + disk, parent, slot(slots, parent),
                        OvfVocabulary.DISK_DRIVE, null);
            }
            case CONTROLLER -> {
                if (OvfVocabulary.controllerSubtype(model).isEmpty()) {
                    skipped(device);
                } else {
                    controller(hardware, model);
                }
            }
            case OPTICAL -> {
                String parent = controllers.computeIfAbsent("ide", m -> controller(hardware, m));
                item(hardware, null, device.getName(), null, parent, slot(slots, parent), OvfVocabulary.CD_DRIVE,
                        null);
            }
            case FLOPPY -> item(hardware, null, device.getName(), null, null, null, OvfVocabulary.FLOPPY, null);
            default -> skipped(device);
        }
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
        Element item = Dom.add(hardware, OVF, "EthernetPortItem");
        Dom.add(item, EPASD, "epasd:AutomaticAllocation", "true");
        Dom.add(item, EPASD, "epasd:Connection", "VM Network");
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

    private static String slot(Map<String, Integer> slots, String controller) {
        return String.valueOf(slots.merge(controller, 1, Integer::sum) - 1);
    }

    private void skipped(VirtualDevice device) {
        warnings.leftOut(device, "OVF");
    }
}
