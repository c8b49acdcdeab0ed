package org.vwb.interchange.internal.ovf;

import java.util.HashMap;
import java.util.Map;

import org.vwb.interchange.internal.Dom;
import org.w3c.dom.Element;

/**
 * The DiskSection: oVirt writes a disk's bus there ({@code ovf:disk-interface}) and not on the disk item, whose
 * HostResource points at the disk by id.
 */
final class OvfDisks {

    private final Map<String, String> interfaces;

    private OvfDisks(Map<String, String> interfaces) {
        this.interfaces = interfaces;
    }

    static OvfDisks of(Element envelope) {
        Map<String, String> interfaces = new HashMap<>();
        for (Element disk : Dom.descendants(envelope, "Disk")) {
            String id = Dom.attribute(disk, "diskId");
            String bus = Dom.attribute(disk, "disk-interface");
            if (!id.isEmpty() && !bus.isEmpty()) {
                interfaces.put(id, bus);
            }
        }
        return new OvfDisks(interfaces);
    }

    /** The bus oVirt recorded for the disk a HostResource names ({@code ovf:/disk/ID} or {@code group/ID}). */
    String interfaceOf(String hostResource) {
        String id = hostResource.substring(hostResource.lastIndexOf('/') + 1);
        return interfaces.getOrDefault(id, "");
    }
}
