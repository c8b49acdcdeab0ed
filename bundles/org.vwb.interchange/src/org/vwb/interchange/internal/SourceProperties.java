package org.vwb.interchange.internal;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.EMap;

/**
 * The keys of {@code sourceProperties}: what a file says that vwb does not model, kept so that an export
 * writes it back instead of inventing it. Every reader and writer uses these names, so what one format
 * recorded another can use (a disk image read from a .vmx is the {@code <source file>} of a libvirt export).
 */
public final class SourceProperties {

    /** Disk or CD-ROM image: path or file name, or a block device. */
    public static final String IMAGE = "image";
    /** libvirt's disk {@code type}: file, block, network, volume. */
    public static final String IMAGE_TYPE = "imageType";
    /** Disk capacity in bytes. */
    public static final String CAPACITY_BYTES = "capacityBytes";
    /** The bus a disk or CD-ROM is attached to as the source wrote it (ide, sata, scsi, virtio...). */
    public static final String BUS = "bus";
    /** libvirt's target device name (vda, sdb, hdc). */
    public static final String TARGET = "target";
    /** Which controller of the VM a disk or CD-ROM is on, as family and index: ide1, scsi0, sata0, nvme0. */
    public static final String CONTROLLER = "controller";
    /** The vwb model of that controller, for devices whose own model does not say it (CD-ROMs, floppies). */
    public static final String CONTROLLER_MODEL = "controllerModel";
    /** The unit on the controller (OVF AddressOnParent, .vmx scsi0:N). */
    public static final String UNIT = "unit";
    /** MAC address of a NIC. */
    public static final String MAC = "mac";
    /** How a NIC connects: libvirt's interface type (network, bridge, direct, user), .vmx connectionType. */
    public static final String CONNECTION = "connection";
    /** The network (libvirt network, OVF Connection, .vmx networkName) or bridge a NIC is on. */
    public static final String NETWORK = "network";
    /** libvirt {@code managed} of a passthrough device: yes or no. */
    public static final String MANAGED = "managed";
    /** VM: VMware virtual hardware version as OVF writes it, e.g. vmx-07. */
    public static final String HARDWARE_VERSION = "hardwareVersion";
    /** VM: libvirt's {@code <os><type>}: hvm, or linux/xen for a paravirtual Xen guest. */
    public static final String OS_TYPE = "osType";
    /** VM: a paravirtual guest's kernel, initrd, command line and bootloader. */
    public static final String KERNEL = "kernel";
    public static final String INITRD = "initrd";
    public static final String CMDLINE = "cmdline";
    public static final String BOOTLOADER = "bootloader";

    private SourceProperties() {
    }

    /** Copies properties into a model element's map, sorted by key so that saved files are stable. */
    public static void copy(Map<String, String> from, EMap<String, String> to) {
        new TreeMap<>(from).forEach(to::put);
    }

    /** A property of a model element, or {@code otherwise}. */
    public static String get(EMap<String, String> properties, String key, String otherwise) {
        String value = properties.get(key);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
