package org.vwb.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.interchange.ExportResult;
import org.vwb.interchange.ImportResult;
import org.vwb.interchange.Interchange;
import org.vwb.interchange.internal.Dom;
import org.vwb.interchange.internal.SafeXml;
import org.vwb.model.Model;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;
import org.vwb.model.persistence.ModelFiles;
import org.vwb.testing.Examples;
import org.w3c.dom.Element;

/** Exports that other tools can use: what was imported is written back, in the other tool's own schema. */
class ExportKeepsWhatWasImportedTest {

    @TempDir
    Path temp;

    private final Interchange interchange = Interchange.builtIn();

    @Test
    void libvirtExportKeepsImagesMacsBridgesAndTheSataCdromBus() throws Exception {
        String xml = libvirt("virt-install-print-xml.xml", "1").get(0);
        assertTrue(xml.contains("<source file=\"/var/lib/libvirt/images/web01.qcow2\"/>"), xml);
        assertTrue(xml.contains("<source file=\"/srv/iso/debian-12.5.0-amd64-netinst.iso\"/>"), xml);
        assertTrue(xml.contains("<target bus=\"sata\" dev=\"sda\"/>"), "a SATA CD-ROM stays SATA: " + xml);
        assertTrue(xml.contains("<interface type=\"bridge\">") && xml.contains("<source bridge=\"br0\"/>"), xml);
        assertTrue(xml.contains("<mac address=\"52:54:00:3a:7c:01\"/>"), xml);
    }

    @Test
    void libvirtExportKeepsAXenParavirtualGuestParavirtualWithItsBootloader() throws Exception {
        String xml = libvirt("libvirt-xen-pv.xml", "").get(0);
        assertTrue(xml.contains("<type arch=\"x86_64\" machine=\"xenpv\">linux</type>"), xml);
        assertTrue(xml.contains("<bootloader>/usr/lib/xen/bin/pygrub</bootloader>"), xml);
        assertTrue(xml.contains("<source dev=\"/dev/vg0/mail-root\"/>") && xml.contains("<source bridge=\"xenbr0\"/>"),
                xml);
    }

    @Test
    void libvirtExportKeepsManagedAndGivesAnInterfacesHostAddressItsPciType() throws Exception {
        String xml = libvirt("libvirt-gpu-passthrough.xml", "").get(0);
        assertTrue(xml.contains("<hostdev managed=\"no\" mode=\"subsystem\" type=\"pci\">"), xml);
        assertTrue(xml.contains("<interface managed=\"yes\" type=\"hostdev\">"), xml);
        assertTrue(xml.contains("<address bus=\"0x3b\" domain=\"0x0000\" function=\"0x1\" slot=\"0x10\" type=\"pci\"/>"),
                xml);
        assertTrue(xml.contains("<source dev=\"/dev/vg0/render-node\"/>") && xml.contains("<source network=\"render-net\"/>"),
                xml);
    }

    @Test
    void ovfExportKeepsControllersCapacitiesAndTheHardwareVersion() throws Exception {
        Element system = ovf(interchange.importFile(Examples.path("interchange/esx35-fileserver-ovftool.ovf")).model())
                .get(0);
        assertEquals("vmx-04", Dom.descendants(system, "VirtualSystemType").get(0).getTextContent());
        assertEquals(List.of(2, 1), devicesPerController(system, 5), "three CD-ROMs on two IDE controllers, as imported");
        List<String> capacities = Dom.descendants(system.getOwnerDocument().getDocumentElement(), "Disk").stream()
                .map(d -> Dom.attribute(d, "capacity") + " " + Dom.attribute(d, "capacityAllocationUnits")).toList();
        assertEquals(List.of("40 byte * 2^30", "8 byte * 2^30"), capacities);
    }

    @Test
    void ovfExportPutsFourCdromsOfUnknownPlaceOnTwoIdeControllersOfTwoEach() throws Exception {
        Model model = interchange.importFile(Examples.path("interchange/libvirt-qemu-legacy.xml")).model();
        VirtualMachine vm = model.getConfigurations().get(0).getVirtualMachines().get(0);
        VirtualDevice cdrom = vm.getDevices().stream().filter(d -> d.getDeviceModel().equals("cdrom")).findFirst()
                .orElseThrow();
        for (int i = 1; i < 4; i++) {
            VirtualDevice more = EcoreUtil.copy(cdrom);
            more.setName("cd" + i);
            more.getSourceProperties().clear();
            vm.getDevices().add(more);
        }
        List<Integer> perController = devicesPerController(ovf(model).get(0), 5);
        assertEquals(List.of(2, 2, 1), perController, "no IDE controller with more than two devices (disk and 4 CDs)");
    }

    @Test
    void ovfExportOfAnImportedCollectionIsOneCollectionAgain() throws Exception {
        Model model = interchange.importFile(Examples.path("interchange/vsphere-vapp-collection.ovf")).model();
        ExportResult result = interchange.export(model, "ovf", temp.resolve("erp.ovf"));
        assertEquals(1, result.files().size());
        Element envelope = SafeXml.parse(result.files().get(0), Files.readAllBytes(result.files().get(0)))
                .getDocumentElement();
        assertEquals(1, Dom.descendants(envelope, "VirtualSystemCollection").size());
        assertEquals(List.of("erp-app", "erp-db"), Dom.descendants(envelope, "VirtualSystem").stream()
                .map(s -> Dom.attribute(s, "id")).toList());
    }

    @Test
    void ovfExportOfTheEsx35ConfigurationIsHardwareVersion4AsEsx35CreatesIt() throws Exception {
        Model seed = ModelFiles.load(Examples.path("seed/esx-vs-hyperv.vwb"));
        ExportResult result = interchange.export(seed.getConfigurations().stream()
                .filter(c -> c.getName().equals("esxi-3.5")).findFirst().orElseThrow(), "ovf", temp.resolve("s.ovf"));
        String ovf = Files.readString(result.files().get(0));
        assertTrue(ovf.contains("<vssd:VirtualSystemType>vmx-04</vssd:VirtualSystemType>"), ovf);
        assertTrue(!ovf.contains("vmx-19") && !ovf.contains("vmx-20"), ovf);
    }

    /** Exports an example (only its VM {@code vm}, unless empty) as libvirt domains that pass libvirt's schema. */
    private List<String> libvirt(String example, String vm) throws Exception {
        ImportResult imported = interchange.importFile(Examples.path("interchange/" + example));
        Model model = vm.isEmpty() ? imported.model() : imported.only(vm).orElseThrow().model();
        ExportResult result = interchange.export(model, "libvirt", temp.resolve("out.xml"));
        for (Path file : result.files()) {
            VirtXmlValidate.assertValid(file);
        }
        return result.files().stream().map(f -> {
            try {
                return Files.readString(f);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
    }

    private List<Element> ovf(Model model) throws Exception {
        ExportResult result = interchange.export(model, "ovf", temp.resolve("out.ovf"));
        Element envelope = SafeXml.parse(result.files().get(0), Files.readAllBytes(result.files().get(0)))
                .getDocumentElement();
        return Dom.descendants(envelope, "VirtualSystem");
    }

    /** How many items hang on each controller of a ResourceType, in controller order. */
    private static List<Integer> devicesPerController(Element system, int controllerType) {
        List<Element> items = Dom.descendants(system, "Item");
        Map<String, Long> children = items.stream().filter(i -> !Dom.text(i, "Parent").isEmpty())
                .collect(Collectors.groupingBy(i -> Dom.text(i, "Parent"), Collectors.counting()));
        return items.stream().filter(i -> Dom.text(i, "ResourceType").equals(String.valueOf(controllerType)))
                .map(i -> children.getOrDefault(Dom.text(i, "InstanceID"), 0L).intValue()).toList();
    }
}
