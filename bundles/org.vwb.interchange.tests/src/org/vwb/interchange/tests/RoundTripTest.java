package org.vwb.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.interchange.ExportResult;
import org.vwb.interchange.Interchange;
import org.vwb.model.Model;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;
import org.vwb.model.validation.ModelValidation;
import org.vwb.testing.Examples;

/** Import, export, import again: every device vwb models, vCPUs, memory, guest OS and platform survive. */
class RoundTripTest {

    @TempDir
    Path temp;

    private final Interchange interchange = Interchange.builtIn();

    @Test
    void ovfRoundTripKeepsEveryKnownDeviceOfEveryCorpusFile() throws Exception {
        roundTrip("ovf", ExporterSamples::known);
    }

    @Test
    void libvirtRoundTripKeepsEveryDeviceLibvirtCarriesAndEveryFileWrittenPassesLibvirtsSchema() throws Exception {
        roundTrip("libvirt", ExporterSamples::libvirtCarries);
    }

    @Test
    void exportReplacesTheTargetAtomicallyAndLeavesNoTemporaryFile() throws Exception {
        Path target = temp.resolve("web.ovf");
        Files.writeString(target, "old");
        Model model = interchange.importFile(Examples.path("interchange/vsphere-ovftool-web.ovf")).model();
        interchange.export(model, "ovf", target);
        assertTrue(Files.readString(target).contains("VirtualSystemType>vmx-19<"));
        try (var files = Files.list(temp)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void ovfExportWritesResourceSubTypesOvftoolKnows() throws Exception {
        Path target = temp.resolve("app01.ovf");
        interchange.export(interchange.importFile(Examples.path("interchange/esxi-app01.vmx")).model(), "ovf", target);
        String ovf = Files.readString(target);
        assertTrue(ovf.contains("<epasd:ResourceSubType>VmxNet3</epasd:ResourceSubType>"), ovf);
        assertTrue(ovf.contains("<rasd:ResourceSubType>VirtualSCSI</rasd:ResourceSubType>"), ovf);
        assertTrue(ovf.contains("<rasd:ResourceSubType>lsilogicsas</rasd:ResourceSubType>"), ovf);
        assertTrue(ovf.contains("http://schemas.dmtf.org/ovf/envelope/2"), ovf);
    }

    @Test
    void devicesAFormatCannotExpressAreNamedInWarnings() throws Exception {
        ExportResult result = interchange.export(interchange.importFile(
                Examples.path("interchange/libvirt-qemu-legacy.xml")).model(), "ovf", temp.resolve("pos.ovf"));
        assertTrue(result.warnings().stream().anyMatch(w -> w.message().contains("sound model=sb16")),
                result.warnings().toString());
    }

    private void roundTrip(String format, Predicate<VirtualDevice> carried) throws Exception {
        for (Path file : CorpusTest.corpus()) {
            Model original = interchange.importFile(file).model();
            Path target = temp.resolve(file.getFileName() + "." + format);
            ExportResult exported = interchange.export(original, format, target);
            List<VirtualMachine> again = new ArrayList<>();
            for (Path written : exported.files()) {
                if (format.equals("libvirt")) {
                    VirtXmlValidate.assertValid(written);
                }
                Model reimported = interchange.importFile(written).model();
                assertFalse(ModelValidation.hasErrors(ModelValidation.validate(reimported)), written.toString());
                reimported.getConfigurations().forEach(c -> again.addAll(c.getVirtualMachines()));
            }
            List<VirtualMachine> before = new ArrayList<>();
            original.getConfigurations().forEach(c -> before.addAll(c.getVirtualMachines()));
            assertEquals(before.size(), again.size(), file + " via " + format);
            for (int i = 0; i < before.size(); i++) {
                String where = file + " via " + format + ", VM " + before.get(i).getName();
                assertEquals(Devices.carried(before.get(i), carried), Devices.carried(again.get(i), carried), where);
                assertEquals(before.get(i).getVcpus(), again.get(i).getVcpus(), where);
                assertEquals(before.get(i).getMemoryMiB(), again.get(i).getMemoryMiB(), where);
                assertEquals(before.get(i).getOperatingSystem(), again.get(i).getOperatingSystem(), where);
                assertEquals(before.get(i).isEnlightened(), again.get(i).isEnlightened(), where);
                assertEquals(profile(before.get(i)), profile(again.get(i)), where);
            }
        }
    }

    private static String profile(VirtualMachine vm) {
        return ((org.vwb.model.Configuration) vm.eContainer()).getHypervisor().getVendorProfile();
    }
}
