package org.vwb.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.interchange.ImportResult;
import org.vwb.interchange.Interchange;
import org.vwb.interchange.InterchangeException;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;
import org.vwb.testing.Examples;

/**
 * What real producers write that a reader must take as it is: virt-install's two domains in one file, passthrough
 * hidden in a QEMU command line, VMware's USB devices and hardening templates, an .ova's manifest.
 */
class ProducerQuirksTest {

    private final Interchange interchange = Interchange.builtIn();

    @Test
    void aFileWithTwoDomainsSaysSoAndImportsEachOrTheOneAsked() throws Exception {
        ImportResult result = interchange.importFile(Examples.path("interchange/virt-install-print-xml.xml"));
        assertEquals(2, result.model().getConfigurations().size());
        assertTrue(result.warnings().stream().anyMatch(w -> w.line() == 77 && w.message().startsWith(
                "the file holds 2 <domain> documents")), result.warnings().toString());
        assertEquals(1, result.only("2").orElseThrow().model().getConfigurations().size());
        assertEquals("web01-2", result.only("2").orElseThrow().model().getConfigurations().get(0).getName());
        assertEquals(2, result.only("web01").orElseThrow().model().getConfigurations().size(), "both are web01");
        assertTrue(result.only("mail").isEmpty());
        assertTrue(result.only("3").isEmpty());
    }

    @Test
    void passthroughHiddenInTheQemuCommandLineIsModelledAsPassthroughWithAWarning() throws Exception {
        ImportResult result = interchange.importFile(Examples.path("interchange/libvirt-gpu-passthrough.xml"));
        VirtualMachine vm = result.model().getConfigurations().get(0).getVirtualMachines().get(0);
        List<String> assigned = vm.getDevices().stream().filter(d -> d.getMode() == DeviceMode.PASSTHROUGH)
                .map(d -> d.getBacking().getPciId()).toList();
        assertEquals(List.of("0000:3b:10.1", "0000:65:00.1", "0000:65:00.0"), assigned);
        assertTrue(result.warnings().stream().anyMatch(w -> w.element().equals("qemu:commandline")
                && w.message().startsWith("hidden passthrough") && w.message().contains("0000:65:00.0")),
                result.warnings().toString());
    }

    @Test
    void vmxUsbDevicesAreUsbDevicesNotDisksAndAWildcardKeyIsAWarning() throws Exception {
        ImportResult result = interchange.importFile(Examples.path("interchange/workstation-usb-hardened.vmx"));
        VirtualMachine vm = result.model().getConfigurations().get(0).getVirtualMachines().get(0);
        assertEquals(List.of("nvme"), vm.getDevices().stream().filter(d -> d.getKind() == DeviceKind.BLOCK)
                .map(VirtualDevice::getDeviceModel).toList(), "usb:0, usb:1 and usb_xhci:4 are not disks");
        assertEquals(List.of("usb", "usb_xhci", "usb hid", "usb hub", "usb hid", "ehci"), vm.getDevices().stream()
                .filter(d -> d.getKind() == DeviceKind.USB).map(VirtualDevice::getSourceType).toList());
        assertTrue(result.warnings().stream().anyMatch(w -> w.line() == 11 && w.element().equals(
                "pcipassthru*.present") && w.message().contains("wildcard")), result.warnings().toString());
        assertEquals(0, result.model().getHosts().get(0).getDevices().stream()
                .filter(d -> d.getKind() == DeviceKind.OTHER).count(), "no passthrough invented from the wildcard");
    }

    @Test
    void anOvaWhoseMemberDoesNotMatchItsManifestIsRefusedNamingTheMember() {
        InterchangeException e = assertThrows(InterchangeException.class, () -> interchange.importFile(
                Examples.path("interchange/malicious/manifest-mismatch.ova")));
        assertTrue(e.reason().startsWith("member 'appliance-ubuntu-disk001.vmdk' does not match manifest "
                + "'appliance-ubuntu.mf': SHA256 is "), e.getMessage());
    }

    @Test
    void anOvaWhoseManifestMatchesImportsWithoutAWordAboutIt() throws Exception {
        ImportResult result = interchange.importFile(Examples.path("interchange/virtualbox-appliance.ova"));
        assertTrue(result.warnings().stream().noneMatch(w -> w.element().endsWith(".mf")), result.warnings()
                .toString());
    }
}
