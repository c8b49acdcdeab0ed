package org.vwb.interchange.internal.libvirt;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.vwb.interchange.ConfigurationExporter;
import org.vwb.interchange.ExportResult;
import org.vwb.interchange.Interchange;
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
 * Exports each VM of a configuration as a libvirt domain XML that {@code virsh define} reads: one file for one
 * VM, and for several VMs one file each, named after the VM. The guest OS goes into {@code <metadata>}, where
 * libvirt keeps what it does not interpret.
 */
@Component(service = ConfigurationExporter.class)
public final class LibvirtExporter implements ConfigurationExporter {

    @Override
    public String format() {
        return "libvirt";
    }

    @Override
    public String fileExtension() {
        return ".xml";
    }

    @Override
    public ExportResult export(Configuration configuration, Path target) throws IOException {
        Platform platform = Platform.ofVendorProfile(configuration.getHypervisor() == null ? null
                : configuration.getHypervisor().getVendorProfile());
        ExportResult result = ExportResult.empty();
        List<VirtualMachine> vms = configuration.getVirtualMachines();
        for (VirtualMachine vm : vms) {
            Path file = vms.size() == 1 ? target : Interchange.sibling(target, vm.getName());
            Warnings warnings = new Warnings(file);
            ModelFiles.writeAtomically(file, SafeXml.write(domain(vm, platform, warnings)));
            result = result.and(new ExportResult(List.of(file), warnings.list()));
        }
        return result;
    }

    private static Document domain(VirtualMachine vm, Platform platform, Warnings warnings) {
        Document document = SafeXml.newDocument();
        Element domain = document.createElement("domain");
        document.appendChild(domain);
        domain.setAttribute("type", LibvirtVocabulary.domainType(platform));
        Dom.add(domain, null, "name", vm.getName());
        if (vm.getOperatingSystem() != null) {
            Element metadata = Dom.add(domain, null, "metadata");
            Element guest = Dom.add(metadata, LibvirtVocabulary.VWB_NAMESPACE, "vwb:guest");
            guest.setAttribute("os", vm.getOperatingSystem());
        }
        Dom.add(domain, null, "memory", String.valueOf(vm.getMemoryMiB())).setAttribute("unit", "MiB");
        Dom.add(domain, null, "vcpu", String.valueOf(vm.getVcpus())).setAttribute("placement", "static");
        Element os = Dom.add(domain, null, "os");
        Element type = Dom.add(os, null, "type", "hvm");
        type.setAttribute("arch", "x86_64");
        if (platform != Platform.XEN) {
            type.setAttribute("machine", "pc");
        }
        Element devices = Dom.add(domain, null, "devices");
        if (platform == Platform.KVM || platform == Platform.KVM_VHOST) {
            Dom.add(devices, null, "emulator", "/usr/bin/qemu-system-x86_64");
        }
        new LibvirtDeviceWriter(devices, platform == Platform.KVM_VHOST, warnings).write(vm);
        return document;
    }
}
