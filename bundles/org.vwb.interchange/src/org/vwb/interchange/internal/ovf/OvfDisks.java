package org.vwb.interchange.internal.ovf;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

import org.vwb.interchange.internal.Dom;
import org.w3c.dom.Element;

/**
 * The DiskSection and References: each disk's capacity and image file, and the bus oVirt writes there
 * ({@code ovf:disk-interface}) rather than on the disk item, whose HostResource points at the disk by id.
 */
final class OvfDisks {

    /** One virtual disk: its bus (oVirt only), capacity in bytes and file name, each empty when not given. */
    record Disk(String bus, String capacityBytes, String file) {
    }

    private static final Disk NONE = new Disk("", "", "");

    private final Map<String, Disk> disks;

    private OvfDisks(Map<String, Disk> disks) {
        this.disks = disks;
    }

    static OvfDisks of(Element envelope) {
        Map<String, String> files = new HashMap<>();
        for (Element file : Dom.descendants(envelope, "File")) {
            files.put(Dom.attribute(file, "id"), Dom.attribute(file, "href"));
        }
        Map<String, Disk> disks = new HashMap<>();
        for (Element disk : Dom.descendants(envelope, "Disk")) {
            String id = Dom.attribute(disk, "diskId");
            if (!id.isEmpty()) {
                disks.put(id, new Disk(Dom.attribute(disk, "disk-interface"), capacity(disk),
                        files.getOrDefault(Dom.attribute(disk, "fileRef"), "")));
            }
        }
        return new OvfDisks(disks);
    }

    /** The disk a HostResource names ({@code ovf:/disk/ID} or {@code group/ID}). */
    Disk diskOf(String hostResource) {
        return disks.getOrDefault(hostResource.substring(hostResource.lastIndexOf('/') + 1), NONE);
    }

    /** The capacity in bytes; empty when it is a property reference (${...}) or not a number. */
    private static String capacity(Element disk) {
        String capacity = Dom.attribute(disk, "capacity");
        if (!capacity.matches("[0-9]{1,20}")) {
            return "";
        }
        String units = Dom.attribute(disk, "capacityAllocationUnits");
        return new BigInteger(capacity).multiply(units.isEmpty() ? BigInteger.ONE : OvfVocabulary.bytesPerUnit(units))
                .toString();
    }
}
