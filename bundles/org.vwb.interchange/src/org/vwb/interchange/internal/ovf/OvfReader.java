package org.vwb.interchange.internal.ovf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vwb.interchange.InterchangeException;
import org.vwb.interchange.internal.Dom;
import org.vwb.interchange.internal.ImportedVm;
import org.vwb.interchange.internal.SafeXml;
import org.vwb.interchange.internal.SourceProperties;
import org.vwb.interchange.internal.Warnings;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads the virtual systems of an OVF envelope: a single VirtualSystem or every one in a
 * VirtualSystemCollection, and oVirt's {@code Content xsi:type="ovf:VirtualSystem_Type"} spelling of the same.
 */
final class OvfReader {

    private final Path file;
    private final Warnings warnings;

    OvfReader(Path file, Warnings warnings) {
        this.file = file;
        this.warnings = warnings;
    }

    List<ImportedVm> read(Document document) throws InterchangeException {
        Element envelope = document.getDocumentElement();
        if (!Dom.name(envelope).equals("Envelope")) {
            throw new InterchangeException(file, SafeXml.line(envelope), "not an OVF descriptor: the root element is <"
                    + envelope.getTagName() + ">, not <Envelope>");
        }
        OvfProducer producer = OvfProducer.of(envelope);
        if (producer == OvfProducer.UNKNOWN) {
            warnings.add(SafeXml.line(envelope), "Envelope",
                    "producer not recognized (no VirtualSystemType or vendor namespace); assumed VMware");
        }
        List<Element> systems = new ArrayList<>();
        collectSystems(envelope, systems);
        if (systems.isEmpty()) {
            throw new InterchangeException(file, SafeXml.line(envelope), "the envelope holds no VirtualSystem");
        }
        OvfDisks disks = OvfDisks.of(envelope);
        List<ImportedVm> vms = new ArrayList<>();
        for (Element system : systems) {
            vms.add(system(system, producer, disks));
        }
        return vms;
    }

    private static void collectSystems(Element parent, List<Element> into) {
        for (Element child : Dom.children(parent)) {
            if (is(child, "VirtualSystem")) {
                into.add(child);
            } else if (is(child, "VirtualSystemCollection")) {
                collectSystems(child, into);
            }
        }
    }

    private ImportedVm system(Element system, OvfProducer producer, OvfDisks disks) throws InterchangeException {
        String name = Dom.text(system, "Name");
        if (name.isEmpty()) {
            name = Dom.attribute(system, "id");
        }
        Element hardware = section(system, "VirtualHardwareSection").orElseThrow(() -> new InterchangeException(file,
                SafeXml.line(system), "virtual system '" + Dom.attribute(system, "id")
                        + "' has no VirtualHardwareSection"));
        OvfHardware items = new OvfHardware(file, producer, disks, warnings);
        items.read(hardware);
        String systemType = Dom.descendants(hardware, "VirtualSystemType").stream()
                .map(e -> e.getTextContent().trim()).findFirst().orElse("");
        return new ImportedVm(name, producer.platform(), items.vcpus(), items.memoryMiB(),
                operatingSystem(system), items.devices(), systemType.startsWith("vmx-")
                        ? Map.of(SourceProperties.HARDWARE_VERSION, systemType) : Map.of());
    }

    private static String operatingSystem(Element system) {
        Optional<Element> section = section(system, "OperatingSystemSection");
        if (section.isEmpty()) {
            return "";
        }
        String description = Dom.text(section.get(), "Description");
        if (!description.isEmpty()) {
            return description;
        }
        String vmwareType = Dom.attribute(section.get(), "osType");
        return vmwareType.isEmpty() ? "CIM OS " + Dom.attribute(section.get(), "id") : vmwareType;
    }

    private static Optional<Element> section(Element system, String name) {
        return Dom.children(system).stream().filter(e -> is(e, name)).findFirst();
    }

    /** A named element, or oVirt's generic element with {@code xsi:type="ovf:<name>_Type"}. */
    static boolean is(Element element, String name) {
        if (Dom.name(element).equals(name)) {
            return true;
        }
        String type = Dom.attribute(element, "type");
        return type.endsWith(":" + name + "_Type") || type.equals(name + "_Type");
    }
}
