package org.vwb.interchange.internal.libvirt;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.vwb.interchange.ConfigurationImporter;
import org.vwb.interchange.ImportResult;
import org.vwb.interchange.InterchangeException;
import org.vwb.interchange.internal.BoundedFiles;
import org.vwb.interchange.internal.Dom;
import org.vwb.interchange.internal.ImportedVm;
import org.vwb.interchange.internal.ModelAssembler;
import org.vwb.interchange.internal.Platform;
import org.vwb.interchange.internal.SafeXml;
import org.vwb.interchange.internal.Warnings;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Imports a libvirt domain XML (what {@code virsh dumpxml} writes). The domain type gives the platform: kvm
 * and qemu are KVM ({@code kvm.vhost} when an interface asks for the vhost back end), xen is Xen with dom0.
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
        Document document = SafeXml.parse(file, BoundedFiles.read(file));
        Element domain = document.getDocumentElement();
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
        String osType = Dom.child(domain, "os").map(os -> Dom.text(os, "type")).orElse("");
        boolean paravirtualXen = platform == Platform.XEN && (osType.equals("linux") || osType.equals("xen"));
        ImportedVm vm = new ImportedVm(Dom.text(domain, "name"), platform, vcpus(file, domain), memory(file, domain),
                guestOs(domain), devices == null ? List.of()
                        : new LibvirtDevices(platform, paravirtualXen, warnings).read(devices));
        return new ImportResult(ModelAssembler.assemble(file.getFileName().toString(), List.of(vm)), warnings.list());
    }

    private static int vcpus(Path file, Element domain) throws InterchangeException {
        Element vcpu = Dom.child(domain, "vcpu").orElse(null);
        return vcpu == null ? 1 : (int) number(file, vcpu, vcpu.getTextContent().trim());
    }

    private static long memory(Path file, Element domain) throws InterchangeException {
        Element memory = Dom.child(domain, "memory").orElseThrow(() -> new InterchangeException(file,
                SafeXml.line(domain), "<domain> has no <memory>"));
        return Math.max(1, LibvirtVocabulary.mebibytes(number(file, memory, memory.getTextContent().trim()),
                Dom.attribute(memory, "unit")));
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

    private static long number(Path file, Element element, String text) throws InterchangeException {
        try {
            long value = Long.parseLong(text);
            if (value < 1) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InterchangeException(file, SafeXml.line(element), "<" + Dom.name(element) + "> is '" + text
                    + "', not a positive number", e);
        }
    }
}
