package org.vwb.vendors.internal.products;

import static org.vwb.vendors.internal.Device.*;

import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.Fact;
import org.vwb.core.api.VendorProfile;
import org.vwb.model.DeviceKind;
import org.vwb.model.DriverPlacement;
import org.vwb.vendors.internal.DriverCoverage;
import org.vwb.vendors.internal.Product;
import org.vwb.vendors.internal.ProductProfile;

/**
 * VMware ESXi 8.0: still drivers in the vmkernel (native drivers only since 7.0), vmxnet3 and PVSCSI as the
 * synthetic devices, e1000e and LSI Logic SAS as the emulated defaults of current guests, and the virtual NVMe
 * controller that virtual hardware version 13 (ESXi 6.5) introduced.
 */
@Component(service = VendorProfile.class)
public final class Esxi80Profile extends ProductProfile {

    public Esxi80Profile() {
        super(Product.named("vmware.esxi-8.0", "VMware ESXi 8.0", 2022)
                .placements(DriverPlacement.IN_HYPERVISOR)
                // NVMe: vSphere "Add an NVMe Controller" (virtual hardware 13+, ESXi 6.5 and later), emulated.
                .devices(VMXNET3, VMXNET2, PVSCSI, E1000E, E1000, VLANCE, LSISAS, LSILOGIC, BUSLOGIC, AHCI, NVME,
                        IDE, CDROM, FLOPPY)
                .virtualInterruptCoalescing(Esxi40Profile.VIC_CONTROLLERS) // vIC, as since ESX 4.0
                // Footprint means the space one installed image occupies, not what the installer reserves.
                .footprint(new Fact(600 * Sizes.MIB, "bytes", "derived: VMware ESXi 7.0/8.0 installation guide:"
                        + " system boot partition 100 MB + one boot bank at its minimum 500 MB = 600 MB; partition"
                        + " sizes, so an upper bound on the image; the alternate boot bank (a rollback copy, 500 MB-4"
                        + " GB) and ESX-OSData (logs, scratch, up to 128 GB) are not the hypervisor and are left out"))
                .trustedCode(new Fact(500 * Sizes.MIB, "bytes", "estimate (upper bound): the 500 MB minimum boot"
                        + " bank, which holds the whole image - vmkernel, its drivers and the agents - all trusted as"
                        + " drivers run in the vmkernel; the vmkernel with drivers alone is not in our sources"))
                .drivers(DriverCoverage.certifiedList(Map.of(
                        DeviceKind.NETWORK, Set.of("8086", "14e4", "15b3", "1077"),
                        DeviceKind.BLOCK, Set.of("1000", "1077", "10df", "9005", "8086", "144d", "1344")),
                        "rule, not a count: ESXi 8.0 native drivers on the VMware Compatibility Guide cover NICs of"
                                + " Intel, Broadcom, Mellanox/NVIDIA (15b3) and QLogic/Marvell, storage of LSI/Broadcom,"
                                + " QLogic, Emulex, Adaptec/Microchip (9005) and NVMe of Intel, Samsung (144d) and"
                                + " Micron (1344); estimate: vendors from the drivers ESXi ships (i40en, bnxtnet, nmlx5,"
                                + " qedentv, lsi_mr3, qlnativefc, lpfc, smartpqi, nvme_pcie), not read in the guide")));
    }
}
