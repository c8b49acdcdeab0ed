package org.vwb.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.interchange.Interchange;
import org.vwb.interchange.audit.AuditFinding;
import org.vwb.interchange.audit.AuditReport;
import org.vwb.interchange.audit.VmAudit;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceMode;
import org.vwb.model.VirtualDevice;
import org.vwb.testing.Examples;

/** The audit of a folder of stored configurations. */
class AuditTest {

    @TempDir
    Path folder;

    private AuditReport report;

    @BeforeEach
    void auditTheCorpusWithOneBrokenFile() throws Exception {
        for (Path file : CorpusTest.corpus()) {
            Files.copy(file, folder.resolve(file.getFileName()));
        }
        Files.writeString(folder.resolve("broken.ovf"), "<Envelope><VirtualSystem>");
        Files.writeString(folder.resolve("disk.vmdk.txt"), "not a configuration: skipped");
        report = Interchange.builtIn().audit(folder);
    }

    @Test
    void oneBadFileIsReportedWithItsReasonAndTheOthersAreStillAudited() {
        assertEquals(1, report.problems().size(), report.toText());
        assertEquals("broken.ovf", report.problems().get(0).file().getFileName().toString());
        assertEquals(17, report.vms().size(), "every VM of the corpus: 15 files, two with two VMs");
    }

    @Test
    void emulatedDevicesWithASyntheticReplacementOnTheirPlatformAreFound() {
        assertTrue(replacements("libvirt-qemu-legacy.xml").containsAll(List.of("e1000->virtio-net",
                "ide->virtio-blk", "rtl8139->virtio-net")), report.toText());
        assertEquals(List.of("e1000->vmxnet3"), replacements("vsphere-ovftool-web.ovf"));
        assertTrue(replacements("libvirt-xen-pv.xml").isEmpty(), "a PV guest has nothing to replace");
    }

    @Test
    void guestsThatAreNotEnlightenedAndFloppyControllersAreFound() {
        VmAudit legacy = vm("libvirt-qemu-legacy.xml");
        assertTrue(types(legacy).contains(AuditFinding.Type.GUEST_NOT_ENLIGHTENED));
        assertTrue(types(legacy).contains(AuditFinding.Type.FLOPPY_CONTROLLER));
        assertTrue(report.toText().contains("CVE-2015-3456"));
        assertTrue(!types(vm("libvirt-kvm-virtio-vhost.xml")).contains(AuditFinding.Type.GUEST_NOT_ENLIGHTENED));
    }

    @Test
    void aFindingProposesAConfigurationWithTheReplacementForSimulation() {
        AuditFinding finding = vm("libvirt-qemu-legacy.xml").findings().stream()
                .filter(f -> "e1000".equals(f.device() == null ? null : f.device().getDeviceModel())).findFirst()
                .orElseThrow();
        Configuration proposed = finding.proposedConfiguration();
        VirtualDevice replaced = proposed.getVirtualMachines().get(0).getDevices().stream()
                .filter(d -> d.getName().equals(finding.device().getName())).findFirst().orElseThrow();
        assertEquals("virtio-net", replaced.getDeviceModel());
        assertEquals(DeviceMode.SYNTHETIC, replaced.getMode());
        assertTrue(proposed.getVirtualMachines().get(0).isEnlightened());
        assertEquals("e1000", finding.device().getDeviceModel(), "the imported configuration is untouched");
    }

    @Test
    void jsonRenderingCarriesEveryVmFindingAndProblem() {
        String json = report.toJson();
        assertTrue(json.startsWith("{\"folder\":"), json);
        assertTrue(json.contains("\"type\":\"FLOPPY_CONTROLLER\""));
        assertTrue(json.contains("\"replacement\":\"vmxnet3\""));
        assertTrue(json.contains("\"problems\":[{\"file\":"));
        assertEquals(json.chars().filter(c -> c == '{').count(), json.chars().filter(c -> c == '}').count());
    }

    private VmAudit vm(String file) {
        return report.vms().stream().filter(v -> v.file().getFileName().toString().equals(file)).findFirst()
                .orElseThrow();
    }

    private List<String> replacements(String file) {
        return vm(file).findings().stream().filter(f -> f.type() == AuditFinding.Type.EMULATED_DEVICE)
                .map(f -> f.device().getDeviceModel() + "->" + f.replacement()).toList();
    }

    private static List<AuditFinding.Type> types(VmAudit vm) {
        return vm.findings().stream().map(AuditFinding::type).toList();
    }

    static Path examples() {
        return Examples.path("interchange");
    }
}
