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
 * VMware ESXi 3.5 (ESX 3i, VMware Infrastructure 3), the seed article's ESX: certified drivers inside the vmkernel.
 * vmxnet2 but neither vmxnet3 nor PVSCSI (both came with ESX 4.0); "Flexible" NICs start as vlance, so vlance is
 * the default emulated NIC; virtual disks on BusLogic or LSI Logic SCSI, IDE only for the CD-ROM.
 */
@Component(service = VendorProfile.class)
public final class Esxi35Profile extends ProductProfile {

    public Esxi35Profile() {
        super(Product.named("vmware.esxi-3.5", "VMware ESXi 3.5", 2007)
                .placements(DriverPlacement.IN_HYPERVISOR)
                .devices(VMXNET2, VLANCE, E1000, LSILOGIC, BUSLOGIC, CDROM, FLOPPY)
                .footprint(new Fact(32 * Sizes.MIB, "bytes", "VMware ESX 3i (VMware Infrastructure 3): about 32 MB"
                        + " on disk (the seed article; docs/calibration.md, vendor facts), MB read as MiB"))
                .trustedCode(new Fact(32 * Sizes.MIB, "bytes", "estimate (upper bound): the whole ~32 MB ESX 3i image"
                        + " - vmkernel, its certified drivers and the user-world agents - since ESX runs its drivers in"
                        + " the most privileged context; the vmkernel with drivers alone is not in our sources"))
                .drivers(DriverCoverage.certifiedList(Map.of(
                        DeviceKind.NETWORK, Set.of("8086", "14e4"),
                        DeviceKind.BLOCK, Set.of("1000", "1077", "10df")),
                        "rule, not a count: the ESX 3.5 certified I/O list covers NICs of Intel (8086) and Broadcom"
                                + " (14e4) and storage of LSI (1000), QLogic (1077) and Emulex (10df); the vendors are"
                                + " the well-known core of VMware's ESX 3.5 I/O Compatibility Guide (to verify against"
                                + " the guide); no published driver count is used")));
    }
}
