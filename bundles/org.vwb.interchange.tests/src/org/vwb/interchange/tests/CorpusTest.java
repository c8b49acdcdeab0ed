package org.vwb.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.vwb.interchange.ImportResult;
import org.vwb.interchange.Interchange;
import org.vwb.model.Configuration;
import org.vwb.model.DriverPlacement;
import org.vwb.model.Model;
import org.vwb.model.VirtualMachine;
import org.vwb.model.validation.ModelValidation;
import org.vwb.testing.Examples;

/** Every file of examples/interchange/ (not malicious/) imports into a valid model with the expected devices. */
class CorpusTest {

    private static final String E = "EMULATED";
    private static final String S = "SYNTHETIC";

    /** file -> per configuration: vendor profile, then the devices in file order. */
    private static final Map<String, List<List<String>>> EXPECTED = Map.ofEntries(
            Map.entry("vsphere-ovftool-web.ovf", List.of(List.of("vmware.esxi-8.0", "CONTROLLER/" + E + "/ide",
                    "OPTICAL/" + E + "/cdrom", "BLOCK/" + S + "/pvscsi", "NETWORK/" + S + "/vmxnet3",
                    "NETWORK/" + E + "/e1000", "DISPLAY/" + E + "/unknown"))),
            Map.entry("vsphere-vapp-collection.ovf", List.of(
                    List.of("vmware.esxi-8.0", "BLOCK/" + E + "/lsisas", "NETWORK/" + E + "/e1000e",
                            "SOUND/" + E + "/unknown"),
                    List.of("vmware.esxi-8.0", "BLOCK/" + E + "/nvme", "CONTROLLER/" + E + "/ahci",
                            "NETWORK/" + S + "/vmxnet3"))),
            Map.entry("virtualbox-ubuntu.ovf", List.of(List.of("oracle.virtualbox", "NETWORK/" + E + "/e1000",
                    "SOUND/" + E + "/unknown", "BLOCK/" + E + "/ahci", "OPTICAL/" + E + "/cdrom"))),
            Map.entry("virtualbox-appliance.ova", List.of(List.of("oracle.virtualbox", "NETWORK/" + E + "/e1000",
                    "SOUND/" + E + "/unknown", "BLOCK/" + E + "/ahci", "OPTICAL/" + E + "/cdrom"))),
            Map.entry("xenserver-win2008.ovf", List.of(List.of("xen.dom0", "BLOCK/" + S + "/blkfront",
                    "OPTICAL/" + E + "/cdrom", "NETWORK/" + S + "/netfront"))),
            Map.entry("ovirt-rhel.ovf", List.of(List.of("kvm.vhost", "BLOCK/" + S + "/virtio-scsi",
                    "NETWORK/" + S + "/virtio-net", "NETWORK/" + E + "/e1000", "USB/" + E + "/unknown",
                    "DISPLAY/" + E + "/unknown", "OPTICAL/" + E + "/cdrom"))),
            Map.entry("libvirt-kvm-virtio-vhost.xml", List.of(List.of("kvm.vhost", "BLOCK/" + S + "/virtio-blk",
                    "BLOCK/" + S + "/virtio-scsi", "CONTROLLER/" + E + "/ahci", "NETWORK/" + S + "/virtio-net",
                    "OTHER/PASSTHROUGH/passthrough", "SERIAL/" + E + "/unknown", "DISPLAY/" + E + "/unknown",
                    "OTHER/" + E + "/unknown", "OTHER/" + E + "/unknown"))),
            Map.entry("libvirt-qemu-legacy.xml", List.of(List.of("kvm.qemu", "BLOCK/" + E + "/ide",
                    "OPTICAL/" + E + "/cdrom", "FLOPPY/" + E + "/floppy", "NETWORK/" + E + "/e1000",
                    "NETWORK/" + E + "/ne2k_pci", "NETWORK/" + E + "/rtl8139", "INPUT/" + E + "/unknown",
                    "SOUND/" + E + "/unknown", "DISPLAY/" + E + "/unknown"))),
            Map.entry("libvirt-xen-pv.xml", List.of(List.of("xen.dom0", "BLOCK/" + S + "/blkfront",
                    "BLOCK/" + S + "/blkfront", "NETWORK/" + S + "/netfront"))),
            Map.entry("workstation-winxp.vmx", List.of(List.of("vmware.esxi-8.0", "BLOCK/" + E + "/lsilogic",
                    "OPTICAL/" + E + "/cdrom", "FLOPPY/" + E + "/floppy", "NETWORK/" + E + "/vlance",
                    "USB/" + E + "/unknown", "USB/" + E + "/unknown", "SOUND/" + E + "/unknown"))),
            Map.entry("esxi-app01.vmx", List.of(List.of("vmware.esxi-8.0", "CONTROLLER/" + E + "/lsisas",
                    "BLOCK/" + S + "/pvscsi", "BLOCK/" + S + "/pvscsi", "OPTICAL/" + E + "/cdrom",
                    "BLOCK/" + E + "/nvme", "NETWORK/" + S + "/vmxnet3", "NETWORK/" + E + "/e1000e",
                    "OTHER/PASSTHROUGH/passthrough"))));

    private final Interchange interchange = Interchange.builtIn();

    @Test
    void everyCorpusFileImportsWithTheExpectedDeviceMapping() throws Exception {
        List<Path> files = corpus();
        assertEquals(EXPECTED.keySet().stream().sorted().toList(),
                files.stream().map(f -> f.getFileName().toString()).sorted().toList(),
                "every corpus file has its expectation, and every expectation its file");
        for (Path file : files) {
            Model model = interchange.importFile(file).model();
            List<List<String>> expected = EXPECTED.get(file.getFileName().toString());
            assertEquals(expected.size(), model.getConfigurations().size(), file + ": one configuration per VM");
            for (int i = 0; i < expected.size(); i++) {
                Configuration configuration = model.getConfigurations().get(i);
                assertEquals(expected.get(i).get(0), configuration.getHypervisor().getVendorProfile(), file.toString());
                assertEquals(expected.get(i).subList(1, expected.get(i).size()),
                        Devices.of(configuration.getVirtualMachines().get(0)), file.toString());
            }
        }
    }

    @Test
    void everyImportedModelValidatesWithoutErrorsAndWithoutWorkloads() throws Exception {
        for (Path file : corpus()) {
            Model model = interchange.importFile(file).model();
            assertFalse(ModelValidation.hasErrors(ModelValidation.validate(model)),
                    file + ": " + ModelValidation.validate(model));
            model.getConfigurations().forEach(c -> c.getVirtualMachines()
                    .forEach(vm -> assertTrue(vm.getWorkloads().isEmpty(), "the user adds workloads")));
        }
    }

    @Test
    void everyImportedDeviceKeepsItsOriginalTypeString() throws Exception {
        for (Path file : corpus()) {
            interchange.importFile(file).model().getConfigurations().forEach(c -> c.getVirtualMachines()
                    .forEach(vm -> vm.getDevices().forEach(d -> assertFalse(
                            d.getSourceType() == null || d.getSourceType().isBlank(), file + ": " + d.getName()))));
        }
    }

    @Test
    void unknownDevicesAreKeptWithAWarningNamingTheirLine() throws Exception {
        ImportResult result = interchange.importFile(Examples.path("interchange/libvirt-qemu-legacy.xml"));
        assertTrue(result.warnings().stream().anyMatch(w -> w.element().equals("sound") && w.line() > 0
                && w.message().contains("sound model=sb16")), result.warnings().toString());
        assertTrue(result.warnings().stream().anyMatch(w -> w.message().contains("assumed rtl8139")));
    }

    @Test
    void vcpusMemoryAndGuestOsAreRead() throws Exception {
        VirtualMachine web = Devices.vm(interchange.importFile(Examples.path("interchange/vsphere-ovftool-web.ovf"))
                .model(), 0);
        assertEquals(4, web.getVcpus());
        assertEquals(8192, web.getMemoryMiB());
        assertEquals("Red Hat Enterprise Linux 8 (64-bit)", web.getOperatingSystem());
        VirtualMachine db = Devices.vm(interchange.importFile(
                Examples.path("interchange/libvirt-kvm-virtio-vhost.xml")).model(), 0);
        assertEquals(8192, db.getMemoryMiB(), "8388608 KiB");
        VirtualMachine pv = Devices.vm(interchange.importFile(Examples.path("interchange/libvirt-xen-pv.xml"))
                .model(), 0);
        assertEquals(2048, pv.getMemoryMiB(), "2 GiB");
        VirtualMachine xp = Devices.vm(interchange.importFile(Examples.path("interchange/workstation-winxp.vmx"))
                .model(), 0);
        assertEquals("Accounting _legacy_ XP", xp.getName(), "|22 is a quote, made safe for a model name");
        assertFalse(xp.isEnlightened(), "XP with emulated devices only carries no PV drivers");
    }

    @Test
    void placementFollowsThePlatformWithTheParentPartitionItNeeds() throws Exception {
        Configuration xen = interchange.importFile(Examples.path("interchange/libvirt-xen-pv.xml")).model()
                .getConfigurations().get(0);
        assertEquals(DriverPlacement.PARENT_PARTITION, xen.getHypervisor().getDriverPlacement());
        assertEquals("dom0", xen.getParentPartition().getName());
        Configuration kvm = interchange.importFile(Examples.path("interchange/libvirt-qemu-legacy.xml")).model()
                .getConfigurations().get(0);
        assertEquals(DriverPlacement.HOST_OS, kvm.getHypervisor().getDriverPlacement());
        assertEquals("host", kvm.getParentPartition().getName());
        Configuration esx = interchange.importFile(Examples.path("interchange/esxi-app01.vmx")).model()
                .getConfigurations().get(0);
        assertEquals(DriverPlacement.IN_HYPERVISOR, esx.getHypervisor().getDriverPlacement());
        assertTrue(esx.getDrivers().stream().allMatch(d -> d.getPlacement() == DriverPlacement.IN_HYPERVISOR));
    }

    static List<Path> corpus() throws Exception {
        try (Stream<Path> files = Files.list(Examples.path("interchange"))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
