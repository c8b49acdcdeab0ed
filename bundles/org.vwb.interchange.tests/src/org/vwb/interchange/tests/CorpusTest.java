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
import org.vwb.interchange.DefaultWorkloads;
import org.vwb.interchange.ImportResult;
import org.vwb.interchange.Interchange;
import org.vwb.interchange.internal.DeviceModels;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;
import org.vwb.model.Model;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;
import org.vwb.model.Workload;
import org.vwb.model.validation.ModelValidation;
import org.vwb.testing.Examples;

/** Every file of examples/interchange/ (not malicious/) imports into a valid model with the expected devices. */
class CorpusTest {

    private static final String E = "EMULATED";
    private static final String S = "SYNTHETIC";
    private static final String U = "UNKNOWN";

    /** virt-install's two phases of one domain: the same devices twice. */
    private static final List<String> WEB01 = List.of("kvm.qemu", "BLOCK/" + S + "/virtio-blk",
            "OPTICAL/" + E + "/cdrom", "NETWORK/" + S + "/virtio-net", "INPUT/" + U + "/unknown",
            "SOUND/" + U + "/unknown", "DISPLAY/" + U + "/unknown", "USB/" + U + "/unknown", "USB/" + U + "/unknown",
            "OTHER/" + U + "/unknown", "OTHER/" + U + "/unknown");

    /** file -> per configuration: vendor profile, then the devices in file order. */
    private static final Map<String, List<List<String>>> EXPECTED = Map.ofEntries(
            Map.entry("vsphere-ovftool-web.ovf", List.of(List.of("vmware.esxi-8.0", "CONTROLLER/" + E + "/ide",
                    "OPTICAL/" + E + "/cdrom", "BLOCK/" + S + "/pvscsi", "NETWORK/" + S + "/vmxnet3",
                    "NETWORK/" + E + "/e1000", "DISPLAY/" + U + "/unknown"))),
            Map.entry("vsphere-vapp-collection.ovf", List.of(
                    List.of("vmware.esxi-8.0", "BLOCK/" + E + "/lsisas", "NETWORK/" + E + "/e1000e",
                            "SOUND/" + U + "/unknown"),
                    List.of("vmware.esxi-8.0", "BLOCK/" + E + "/nvme", "CONTROLLER/" + E + "/ahci",
                            "NETWORK/" + S + "/vmxnet3"))),
            Map.entry("virtualbox-ubuntu.ovf", List.of(List.of("oracle.virtualbox", "NETWORK/" + E + "/e1000",
                    "SOUND/" + U + "/unknown", "BLOCK/" + E + "/ahci", "OPTICAL/" + E + "/cdrom"))),
            Map.entry("virtualbox-appliance.ova", List.of(List.of("oracle.virtualbox", "NETWORK/" + E + "/e1000",
                    "SOUND/" + U + "/unknown", "BLOCK/" + E + "/ahci", "OPTICAL/" + E + "/cdrom"))),
            Map.entry("xenserver-win2008.ovf", List.of(List.of("xen.dom0", "BLOCK/" + S + "/blkfront",
                    "OPTICAL/" + E + "/cdrom", "NETWORK/" + S + "/netfront"))),
            Map.entry("ovirt-rhel.ovf", List.of(List.of("kvm.vhost", "BLOCK/" + S + "/virtio-scsi",
                    "NETWORK/" + S + "/virtio-net", "NETWORK/" + E + "/e1000", "USB/" + U + "/unknown",
                    "DISPLAY/" + U + "/unknown", "OPTICAL/" + E + "/cdrom"))),
            Map.entry("libvirt-kvm-virtio-vhost.xml", List.of(List.of("kvm.vhost", "BLOCK/" + S + "/virtio-blk",
                    "BLOCK/" + S + "/virtio-scsi", "CONTROLLER/" + E + "/ahci", "NETWORK/" + S + "/virtio-net",
                    "OTHER/PASSTHROUGH/passthrough", "SERIAL/" + U + "/unknown", "DISPLAY/" + U + "/unknown",
                    "OTHER/" + U + "/unknown", "OTHER/" + U + "/unknown"))),
            Map.entry("libvirt-qemu-legacy.xml", List.of(List.of("kvm.qemu", "BLOCK/" + E + "/ide",
                    "OPTICAL/" + E + "/cdrom", "FLOPPY/" + E + "/floppy", "NETWORK/" + E + "/e1000",
                    "NETWORK/" + E + "/ne2k_pci", "NETWORK/" + E + "/rtl8139", "INPUT/" + U + "/unknown",
                    "SOUND/" + U + "/unknown", "DISPLAY/" + U + "/unknown"))),
            Map.entry("libvirt-xen-pv.xml", List.of(List.of("xen.dom0", "BLOCK/" + S + "/blkfront",
                    "BLOCK/" + S + "/blkfront", "NETWORK/" + S + "/netfront"))),
            Map.entry("workstation-winxp.vmx", List.of(List.of("vmware.esxi-8.0", "BLOCK/" + E + "/lsilogic",
                    "OPTICAL/" + E + "/cdrom", "FLOPPY/" + E + "/floppy", "NETWORK/" + E + "/vlance",
                    "USB/" + U + "/unknown", "USB/" + U + "/unknown", "SOUND/" + U + "/unknown"))),
            Map.entry("esx35-fileserver-ovftool.ovf", List.of(List.of("vmware.esxi-8.0", "OPTICAL/" + E + "/cdrom",
                    "OPTICAL/" + E + "/cdrom", "OPTICAL/" + E + "/cdrom", "BLOCK/" + E + "/lsilogic",
                    "BLOCK/" + E + "/lsilogic", "NETWORK/" + E + "/vlance", "FLOPPY/" + E + "/floppy"))),
            Map.entry("libvirt-gpu-passthrough.xml", List.of(List.of("kvm.vhost", "BLOCK/" + S + "/virtio-scsi",
                    "CONTROLLER/" + E + "/ahci", "NETWORK/" + S + "/virtio-net", "NETWORK/PASSTHROUGH/passthrough",
                    "OTHER/PASSTHROUGH/passthrough", "INPUT/" + U + "/unknown", "INPUT/" + U + "/unknown",
                    "OTHER/" + U + "/unknown", "OTHER/PASSTHROUGH/passthrough"))),
            Map.entry("virt-install-print-xml.xml", List.of(WEB01, WEB01)),
            Map.entry("workstation-usb-hardened.vmx", List.of(List.of("vmware.esxi-8.0", "BLOCK/" + E + "/nvme",
                    "OPTICAL/" + E + "/cdrom", "NETWORK/" + S + "/vmxnet3", "USB/" + U + "/unknown",
                    "USB/" + U + "/unknown", "USB/" + U + "/unknown", "USB/" + U + "/unknown", "USB/" + U + "/unknown",
                    "USB/" + U + "/unknown", "SOUND/" + U + "/unknown"))),
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
    void everyImportedModelValidatesWithTheDefaultWorkloadOnEachDeviceThatCanCarryOne() throws Exception {
        for (Path file : corpus()) {
            Model model = interchange.importFile(file).model();
            assertFalse(ModelValidation.hasErrors(ModelValidation.validate(model)),
                    file + ": " + ModelValidation.validate(model));
            for (Configuration configuration : model.getConfigurations()) {
                for (VirtualMachine vm : configuration.getVirtualMachines()) {
                    List<VirtualDevice> driven = vm.getWorkloads().stream().map(Workload::getDevice).toList();
                    assertEquals(vm.getDevices().stream().filter(DefaultWorkloads::carriesRequests).toList(), driven,
                            file + ": a default workload on each known network and block device, none elsewhere");
                    assertFalse(driven.isEmpty(), file + ": " + vm.getName() + " has something to run");
                    vm.getWorkloads().forEach(w -> assertEquals(DefaultWorkloads.RATE_PER_SECOND,
                            w.getRatePerSecond()));
                }
            }
        }
    }

    @Test
    void devicesVwbDoesNotModelStayUnknownInModeAndModelWithOneSummaryLinePerVm() throws Exception {
        ImportResult result = interchange.importFile(Examples.path("interchange/virt-install-print-xml.xml"));
        for (Configuration configuration : result.model().getConfigurations()) {
            configuration.getVirtualMachines().get(0).getDevices().stream()
                    .filter(d -> !DeviceModels.isKnown(d.getDeviceModel()))
                    .forEach(d -> assertEquals(DeviceMode.UNKNOWN, d.getMode(), d.getName()));
        }
        List<String> summaries = result.warnings().stream().filter(w -> w.message().startsWith("not modelled by vwb"))
                .map(w -> w.message()).toList();
        assertEquals(2, summaries.size(), "one line per VM, not one per device: " + result.warnings());
        assertTrue(summaries.get(0).contains("input model=tablet") && summaries.get(0).contains(
                "2 x redirdev model=spicevmc") && summaries.get(0).contains("memballoon model=virtio"), summaries
                        .get(0));
        assertTrue(result.warnings().stream().noneMatch(w -> w.element().equals("input")
                || w.element().equals("memballoon")), "no line of its own for a tablet or a balloon");
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
        assertTrue(result.warnings().stream().anyMatch(w -> w.element().equals("vm 'nt4-pos'") && w.line() > 0
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
