package org.vwb.interchange.internal.libvirt;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.EMap;
import org.osgi.service.component.annotations.Component;
import org.vwb.interchange.ConfigurationExporter;
import org.vwb.interchange.ExportResult;
import org.vwb.interchange.Interchange;
import org.vwb.interchange.internal.Dom;
import org.vwb.interchange.internal.Platform;
import org.vwb.interchange.internal.SafeXml;
import org.vwb.interchange.internal.SourceProperties;
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
        os(domain, vm.getSourceProperties(), platform);
        Element devices = Dom.add(domain, null, "devices");
        if (platform == Platform.KVM || platform == Platform.KVM_VHOST) {
            Dom.add(devices, null, "emulator", "/usr/bin/qemu-system-x86_64");
        }
        new LibvirtDeviceWriter(devices, platform, warnings).write(vm);
        return document;
    }

    /**
     * {@code <os>} as imported: a paravirtual Xen guest keeps its {@code linux} type with its kernel, initrd and
     * command line (or its bootloader); every other guest is a full virtual machine ({@code hvm}).
     */
    private static void os(Element domain, EMap<String, String> properties, Platform platform) {
        String osType = properties.get(SourceProperties.OS_TYPE);
        boolean paravirtual = platform == Platform.XEN && ("linux".equals(osType) || "xen".equals(osType));
        String bootloader = properties.get(SourceProperties.BOOTLOADER);
        if (paravirtual && bootloader != null) {
            Dom.add(domain, null, "bootloader", bootloader);
        }
        Element os = Dom.add(domain, null, "os");
        Element type = Dom.add(os, null, "type", paravirtual ? osType : "hvm");
        type.setAttribute("arch", "x86_64");
        if (paravirtual) {
            type.setAttribute("machine", "xenpv");
            for (String element : List.of(SourceProperties.KERNEL, SourceProperties.INITRD, SourceProperties.CMDLINE)) {
                String value = properties.get(element);
                if (value != null) {
                    Dom.add(os, null, element, value);
                }
            }
        } else if (platform != Platform.XEN) {
            type.setAttribute("machine", "pc");
        }
    }
}
