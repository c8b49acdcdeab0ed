package org.vwb.interchange.internal.libvirt;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.vwb.interchange.ConfigurationImporter;
import org.vwb.interchange.ImportResult;
import org.vwb.interchange.InterchangeException;
import org.vwb.interchange.internal.BoundedFiles;
import org.vwb.interchange.internal.Dom;
import org.vwb.interchange.internal.ImportedDevice;
import org.vwb.interchange.internal.ImportedVm;
import org.vwb.interchange.internal.Limits;
import org.vwb.interchange.internal.ModelAssembler;
import org.vwb.interchange.internal.Platform;
import org.vwb.interchange.internal.SafeXml;
import org.vwb.interchange.internal.SourceProperties;
import org.vwb.interchange.internal.Warnings;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Imports a libvirt domain XML (what {@code virsh dumpxml} writes). The domain type gives the platform: kvm
 * and qemu are KVM ({@code kvm.vhost} when an interface asks for the vhost back end), xen is Xen with dom0.
 * A file holding several {@code <domain>} documents one after the other (virt-install's {@code --print-xml}
 * writes the install phase and the boot phase) gives one configuration per domain.
 */
@Component(service = ConfigurationImporter.class)
public final class LibvirtImporter implements ConfigurationImporter {

    @Override
    public String id() {
        return "libvirt";
    }

    @Override
    public List<String> fileNamePatterns() {
        return List.of("*.xml");
    }

    @Override
    public boolean canRead(Path file, byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        return text.contains("<domain") && !text.contains("schemas.dmtf.org/ovf");
    }

    @Override
    public ImportResult importFile(Path file) throws InterchangeException {
        Warnings warnings = new Warnings(file);
        List<Document> documents = SafeXml.parseSequence(file, BoundedFiles.read(file));
        if (documents.size() > 1) {
            warnings.add(SafeXml.line(documents.get(1).getDocumentElement()), "domain", "the file holds "
                    + documents.size() + " <domain> documents (virt-install --print-xml writes the install and the "
                    + "boot phase); each is imported as a configuration of its own, pick one with --domain NAME|N");
        }
        List<ImportedVm> vms = new ArrayList<>();
        for (Document document : documents) {
            vms.add(domain(file, document.getDocumentElement(), warnings));
        }
        return new ImportResult(ModelAssembler.assemble(file.getFileName().toString(), vms, warnings),
                warnings.list());
    }

    private static ImportedVm domain(Path file, Element domain, Warnings warnings) throws InterchangeException {
        if (!Dom.name(domain).equals("domain")) {
            throw new InterchangeException(file, SafeXml.line(domain), "not a libvirt domain: the root element is <"
                    + domain.getTagName() + ">");
        }
        String type = Dom.attribute(domain, "type");
        if (type.isEmpty()) {
            throw new InterchangeException(file, SafeXml.line(domain), "<domain> has no type attribute (kvm, qemu, xen...)");
        }
        Platform platform = LibvirtVocabulary.platform(type);
        if (platform == Platform.KVM && !type.equals("kvm") && !type.equals("qemu")) {
            warnings.add(SafeXml.line(domain), "domain", "domain type '" + type + "' is not one vwb models; assumed KVM");
        }
        Element devices = Dom.child(domain, "devices").orElse(null);
        if (platform == Platform.KVM && devices != null && Dom.descendants(devices, "driver").stream()
                .anyMatch(d -> Dom.attribute(d, "name").equals("vhost"))) {
            platform = Platform.KVM_VHOST;
        }
        Element os = Dom.child(domain, "os").orElse(null);
        String osType = os == null ? "" : Dom.text(os, "type");
        boolean paravirtualXen = platform == Platform.XEN && (osType.equals("linux") || osType.equals("xen"));
        List<ImportedDevice> imported = new ArrayList<>(devices == null ? List.of()
                : new LibvirtDevices(platform, paravirtualXen, warnings).read(devices));
        imported.addAll(QemuCommandLine.devices(domain, warnings));
        return new ImportedVm(Dom.text(domain, "name"), platform, vcpus(file, domain), memory(file, domain),
                guestOs(domain), imported, osProperties(domain, os, osType));
    }

    /** What a paravirtual guest boots: libvirt needs it back, or a PV guest becomes an HVM one with no kernel. */
    private static Map<String, String> osProperties(Element domain, Element os, String osType) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(SourceProperties.OS_TYPE, osType);
        if (os != null) {
            properties.put(SourceProperties.KERNEL, Dom.text(os, "kernel"));
            properties.put(SourceProperties.INITRD, Dom.text(os, "initrd"));
            properties.put(SourceProperties.CMDLINE, Dom.text(os, "cmdline"));
        }
        properties.put(SourceProperties.BOOTLOADER, Dom.text(domain, "bootloader"));
        properties.values().removeIf(String::isBlank);
        return properties;
    }

    private static int vcpus(Path file, Element domain) throws InterchangeException {
        Element vcpu = Dom.child(domain, "vcpu").orElse(null);
        return vcpu == null ? 1 : Limits.vcpus(file, SafeXml.line(vcpu), "<vcpu>", vcpu.getTextContent());
    }

    private static long memory(Path file, Element domain) throws InterchangeException {
        Element memory = Dom.child(domain, "memory").orElseThrow(() -> new InterchangeException(file,
                SafeXml.line(domain), "<domain> has no <memory>"));
        String unit = Dom.attribute(memory, "unit");
        String element = unit.isEmpty() ? "<memory>" : "<memory unit='" + unit + "'>";
        return Limits.memoryMiB(file, SafeXml.line(memory), element, memory.getTextContent(),
                LibvirtVocabulary.bytesPerUnit(unit).orElseThrow(() -> new InterchangeException(file,
                        SafeXml.line(memory), "<memory unit='" + unit + "'> is not a unit libvirt knows (b, KiB, "
                                + "KB, MiB, MB, GiB, GB, TiB, TB, PiB, PB, EiB, EB)")));
    }

    /** libvirt does not name the guest OS itself: libosinfo's id in the metadata does, or vwb's own element. */
    private static String guestOs(Element domain) {
        Element metadata = Dom.child(domain, "metadata").orElse(null);
        if (metadata != null) {
            for (Element os : Dom.descendants(metadata, "os")) {
                String id = Dom.attribute(os, "id");
                if (!id.isEmpty()) {
                    return id.substring(id.indexOf("://") + 3).toLowerCase(Locale.ROOT);
                }
            }
            for (Element guest : Dom.descendants(metadata, "guest")) {
                return Dom.attribute(guest, "os");
            }
        }
        return Dom.text(domain, "description");
    }
}
