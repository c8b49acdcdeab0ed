package org.vwb.interchange.internal.ovf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.xml.XMLConstants;

import org.osgi.service.component.annotations.Component;
import org.vwb.interchange.ConfigurationExporter;
import org.vwb.interchange.ExportResult;
import org.vwb.interchange.internal.Dom;
import org.vwb.interchange.internal.Platform;
import org.vwb.interchange.internal.SafeXml;
import org.vwb.interchange.internal.Warnings;
import org.vwb.model.Configuration;
import org.vwb.model.VirtualMachine;
import org.vwb.model.persistence.ModelFiles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Exports a configuration as one OVF 2 descriptor: a VirtualSystem for a single VM, a VirtualSystemCollection
 * for several. Disks are declared without files (an empty disk of 16 GiB each): vwb knows devices, not images.
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
        Dom.add(networks, OvfWriter.OVF, "Network").setAttributeNS(OvfWriter.OVF, "ovf:name", "VM Network");
        Platform platform = Platform.ofVendorProfile(configuration.getHypervisor() == null ? null
                : configuration.getHypervisor().getVendorProfile());
        List<VirtualMachine> vms = configuration.getVirtualMachines();
        Element parent = envelope;
        if (vms.size() != 1) {
            parent = Dom.add(envelope, OvfWriter.OVF, "VirtualSystemCollection");
            parent.setAttributeNS(OvfWriter.OVF, "ovf:id", configuration.getName());
            Dom.add(parent, OvfWriter.OVF, "Info", "The virtual machines of vwb configuration "
                    + configuration.getName());
        }
        OvfWriter writer = new OvfWriter(disks, warnings);
        for (VirtualMachine vm : vms) {
            writer.system(parent, vm, platform);
        }
        ModelFiles.writeAtomically(target, SafeXml.write(document));
        return new ExportResult(List.of(target), warnings.list());
    }
}
