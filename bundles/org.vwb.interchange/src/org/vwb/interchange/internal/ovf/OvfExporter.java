package org.vwb.interchange.internal.ovf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;

import org.osgi.service.component.annotations.Component;
import org.vwb.interchange.ConfigurationExporter;
import org.vwb.interchange.ExportResult;
import org.vwb.interchange.internal.Dom;
import org.vwb.interchange.internal.Names;
import org.vwb.interchange.internal.Platform;
import org.vwb.interchange.internal.SafeXml;
import org.vwb.interchange.internal.Warnings;
import org.vwb.model.Configuration;
import org.vwb.model.Model;
import org.vwb.model.VirtualMachine;
import org.vwb.model.persistence.ModelFiles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Exports a configuration, or a whole model, as one OVF 2 descriptor: a VirtualSystem for a single VM, a
 * VirtualSystemCollection for several, so that a collection imported stays one. Disks are declared without
 * files, with the capacity they were imported with: vwb knows devices, not images.
 */
@Component(service = ConfigurationExporter.class)
public final class OvfExporter implements ConfigurationExporter {

    @Override
    public String format() {
        return "ovf";
    }

    @Override
    public String fileExtension() {
        return ".ovf";
    }

    @Override
    public ExportResult export(Configuration configuration, Path target) throws IOException {
        return write(List.of(configuration), configuration.getName(), target);
    }

    /** Every VM of every configuration in one descriptor: several stay one VirtualSystemCollection. */
    @Override
    public ExportResult export(Model model, Path target) throws IOException {
        return write(model.getConfigurations(), model.getName(), target);
    }

    private static ExportResult write(List<Configuration> configurations, String name, Path target)
            throws IOException {
        Warnings warnings = new Warnings(target);
        Document document = SafeXml.newDocument();
        Element envelope = document.createElementNS(OvfWriter.OVF, "Envelope");
        document.appendChild(envelope);
        envelope.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", OvfWriter.OVF);
        envelope.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:ovf", OvfWriter.OVF);
        envelope.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:rasd", OvfWriter.RASD);
        envelope.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:vssd", OvfWriter.VSSD);
        envelope.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:epasd", OvfWriter.EPASD);
        envelope.setAttributeNS(OvfWriter.OVF, "ovf:version", "2.0");
        Dom.add(envelope, OvfWriter.OVF, "References");
        Element disks = Dom.add(envelope, OvfWriter.OVF, "DiskSection");
        Dom.add(disks, OvfWriter.OVF, "Info", "Virtual disk information");
        Element networks = Dom.add(envelope, OvfWriter.OVF, "NetworkSection");
        Dom.add(networks, OvfWriter.OVF, "Info", "The list of logical networks");
        long vms = configurations.stream().mapToLong(c -> c.getVirtualMachines().size()).sum();
        Element parent = envelope;
        if (vms != 1) {
            parent = Dom.add(envelope, OvfWriter.OVF, "VirtualSystemCollection");
            parent.setAttributeNS(OvfWriter.OVF, "ovf:id", name);
            Dom.add(parent, OvfWriter.OVF, "Info", "The virtual machines of vwb " + (configurations.size() == 1
                    ? "configuration " : "model ") + name);
        }
        OvfWriter writer = new OvfWriter(disks, warnings);
        Set<String> ids = new HashSet<>(); // ovf:id is unique in an envelope; VM names are unique per configuration
        for (Configuration configuration : configurations) {
            String profile = configuration.getHypervisor() == null ? null
                    : configuration.getHypervisor().getVendorProfile();
            for (VirtualMachine vm : configuration.getVirtualMachines()) {
                String id = ids.contains(vm.getName()) ? configuration.getName() + "-" + vm.getName() : vm.getName();
                writer.system(parent, vm, Names.unique(id, ids), Platform.ofVendorProfile(profile), profile);
            }
        }
        for (String network : writer.networks()) {
            Element declared = Dom.add(networks, OvfWriter.OVF, "Network");
            declared.setAttributeNS(OvfWriter.OVF, "ovf:name", network);
            Dom.add(declared, OvfWriter.OVF, "Description", "The " + network + " network");
        }
        ModelFiles.writeAtomically(target, SafeXml.write(document));
        return new ExportResult(List.of(target), warnings.list());
    }
}
