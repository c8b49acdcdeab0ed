package org.vwb.vendors.internal.products;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.ContextKind;
import org.vwb.core.api.DriverPlacementModel;
import org.vwb.core.api.Route;
import org.vwb.core.api.VendorProfile;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;
import org.vwb.testing.RegisteredServices;

/** The seed article's claims and the catalogue facts, checked across profiles. */
class VendorComparisonTest {

    private static final double MIB = 1024 * 1024;

    @Test
    void esxi35FootprintIsAbout32MegabytesAndHyperV2008ServerCoreAbout2Gigabytes() {
        assertEquals(32, new Esxi35Profile().footprintBytes().value() / MIB, 1);
        assertEquals(2048, new HyperV2008Profile().footprintBytes().value() / MIB, 100);
    }

    @Test
    void hyperVTrustedCodeExcludesTheParentPartitionDrivers() {
        VendorProfile hyperV = new HyperV2008Profile();
        assertEquals(706_650, hyperV.trustedCodeBytes().value(), "hvix64.exe only");
        assertTrue(hyperV.trustedCodeBytes().value() < hyperV.footprintBytes().value() / 1000,
                "the root partition's Windows and drivers are not counted");
        assertTrue(hyperV.trustedCodeBytes().source().contains("root partition"));
        assertTrue(new Esxi35Profile().trustedCodeBytes().value() > hyperV.trustedCodeBytes().value(),
                "ESX counts its in-vmkernel drivers");
    }

    @Test
    void esxCertifiedListLacksADriverThatWindowsHas() {
        String realtekGigabit = "10ec:8168";
        assertFalse(new Esxi35Profile().hasDriverFor(realtekGigabit, DeviceKind.NETWORK));
        assertTrue(new HyperV2008Profile().hasDriverFor(realtekGigabit, DeviceKind.NETWORK));
        assertTrue(new Esxi35Profile().driverCatalogue().source().startsWith("rule, not a count"));
    }

    @Test
    void esx35CoversTheSeedHostsIntelNicAndLsiController() {
        VendorProfile esx = new Esxi35Profile();
        assertTrue(esx.hasDriverFor("8086:105e", DeviceKind.NETWORK), "Intel 82571EB");
        assertTrue(esx.hasDriverFor("1000:0058", DeviceKind.BLOCK), "LSI SAS1068E");
        assertFalse(esx.hasDriverFor("1000:0058", DeviceKind.NETWORK), "a vendor is certified per kind of device");
    }

    @Test
    void kvmWithoutVhostRunsVirtioBackendsInQemu() {
        DriverPlacementModel hosted = placement(DriverPlacement.HOST_OS);
        assertEquals(ContextKind.WORKER, new KvmQemuProfile().route(hosted).backend(), "QEMU");
        assertEquals(ContextKind.PARENT, new KvmVhostProfile().route(hosted).backend(), "vhost in the host kernel");
    }

    @Test
    void workstationMonitorWorldSwitchesToVmAppWhichEmulatesTheDevices() {
        Route route = new WorkstationProfile().route(placement(DriverPlacement.HOST_OS));
        assertTrue(route.worldSwitch());
        assertEquals(ContextKind.WORKER, route.emulator());
        assertEquals(ContextKind.PARENT, route.driver());
    }

    @Test
    void esx35HasVmxnet2ButVmxnet3AndPvscsiCameWithEsx4() {
        VendorProfile esx35 = new Esxi35Profile();
        assertEquals(DeviceMode.SYNTHETIC, esx35.deviceCatalogue().get("vmxnet2"));
        assertFalse(esx35.deviceCatalogue().containsKey("vmxnet3"));
        assertFalse(esx35.deviceCatalogue().containsKey("pvscsi"));
        assertEquals("vmxnet3", new Esxi80Profile().defaultDeviceModel(DeviceKind.NETWORK, DeviceMode.SYNTHETIC)
                .orElseThrow());
    }

    @Test
    void hyperV2022StillOffersTheGeneration1LegacyDevices() {
        VendorProfile hyperV = new HyperV2022Profile();
        assertEquals("dec21140", hyperV.defaultDeviceModel(DeviceKind.NETWORK, DeviceMode.EMULATED).orElseThrow());
        assertEquals("netvsc", hyperV.defaultDeviceModel(DeviceKind.NETWORK, DeviceMode.SYNTHETIC).orElseThrow());
        assertEquals(DeviceMode.EMULATED, hyperV.deviceCatalogue().get("floppy"));
    }

    @Test
    void xenTrustedCodeIsCountedInLinesAndSaysSo() {
        assertTrue(new XenDom0Profile().trustedCodeBytes().unit().startsWith("lines"));
    }

    @Test
    void felixScrRegistersEveryVendorProfile() {
        Set<String> ids = RegisteredServices.atLeast(getClass(), VendorProfile.class, 12).stream()
                .map(VendorProfile::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of("vmware.esxi-3.5", "vmware.esxi-8.0", "vmware.workstation",
                "microsoft.hyperv-2008", "microsoft.hyperv-2022", "microsoft.hyperv-2025", "xen.dom0",
                "xen.driver-domain", "kvm.qemu", "kvm.vhost", "oracle.virtualbox", "native.bare-metal")), ids);
    }

    private DriverPlacementModel placement(DriverPlacement placement) {
        return RegisteredServices.atLeast(getClass(), DriverPlacementModel.class, 4).stream()
                .filter(model -> model.placement() == placement).findFirst().orElseThrow();
    }
}
