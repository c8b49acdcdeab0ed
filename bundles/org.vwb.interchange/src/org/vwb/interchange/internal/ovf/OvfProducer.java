package org.vwb.interchange.internal.ovf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.vwb.interchange.internal.Dom;
import org.vwb.interchange.internal.Platform;
import org.w3c.dom.Element;

/**
 * Who wrote a descriptor, told by the marks each producer leaves: VMware's {@code vmx-NN} system type and
 * {@code vmw:} namespace, VirtualBox's {@code vbox:Machine}, XenServer's {@code xen-}/{@code hvm-} system types
 * and Citrix namespace, oVirt's {@code ENGINE} system type and {@code xsi:type} sections.
 */
enum OvfProducer {
    VMWARE(Platform.VMWARE), VIRTUALBOX(Platform.VIRTUALBOX), XENSERVER(Platform.XEN), OVIRT(Platform.KVM_VHOST),
    KVM(Platform.KVM), KVM_VHOST(Platform.KVM_VHOST), HYPERV(Platform.HYPERV), UNKNOWN(Platform.VMWARE);

    private final Platform platform;

    OvfProducer(Platform platform) {
        this.platform = platform;
    }

    Platform platform() {
        return platform;
    }

    /**
     * The VirtualSystemType export writes for a platform, chosen so that import recognizes it again. For VMware
     * it is the virtual hardware version the product creates (VMware KB 1003746): ESX 3.5 version 4, ESX 4.0
     * version 7, ESXi 8.0 version 20; Workstation 2.0 predates hardware versions, so the oldest one OVF tools name, 3 (estimate).
     */
    static String systemType(Platform platform, String vendorProfile) {
        return switch (platform) {
            case VMWARE -> switch (vendorProfile == null ? "" : vendorProfile) {
                case "vmware.esxi-3.5" -> "vmx-04";
                case "vmware.esxi-4.0" -> "vmx-07";
                case "vmware.workstation" -> "vmx-03";
                default -> "vmx-20";
            };
            case VIRTUALBOX -> "virtualbox-2.2";
            case XEN -> "xen-3.0-x86_64";
            case KVM_VHOST -> "kvm-vhost";
            case HYPERV -> "microsoft-hyper-v";
            default -> "kvm";
        };
    }

    static OvfProducer of(Element envelope) {
        String systemType = Dom.descendants(envelope, "VirtualSystemType").stream()
                .map(e -> e.getTextContent().trim().toLowerCase(Locale.ROOT)).findFirst().orElse("");
        String namespaces = namespaces(envelope);
        if (systemType.startsWith("virtualbox") || namespaces.contains("virtualbox.org")) {
            return VIRTUALBOX;
        } else if (systemType.startsWith("vmx-") || namespaces.contains("vmware.com/schema/ovf")) {
            return VMWARE;
        } else if (systemType.startsWith("xen") || systemType.startsWith("hvm") || namespaces.contains("citrix.com")) {
            return XENSERVER;
        } else if (systemType.startsWith("engine") || namespaces.contains("ovirt.org")) {
            return OVIRT;
        } else if (systemType.startsWith("kvm-vhost")) {
            return KVM_VHOST;
        } else if (systemType.startsWith("kvm") || systemType.startsWith("qemu")) {
            return KVM;
        } else if (systemType.contains("hyper-v") || systemType.startsWith("microsoft")) {
            return HYPERV;
        }
        return UNKNOWN;
    }

    /** The namespace URIs declared or used anywhere, as one string to search in. */
    private static String namespaces(Element root) {
        StringBuilder all = new StringBuilder();
        List<Element> elements = new ArrayList<>(List.of(root));
        elements.addAll(Dom.all(root));
        for (Element element : elements) {
            if (element.getNamespaceURI() != null) {
                all.append(element.getNamespaceURI()).append(' ');
            }
            for (int i = 0; i < element.getAttributes().getLength(); i++) {
                String namespace = element.getAttributes().item(i).getNamespaceURI();
                if (namespace != null) {
                    all.append(namespace).append(' ');
                }
            }
        }
        return all.toString().toLowerCase(Locale.ROOT);
    }
}
