package org.vwb.vendors.internal.products;

import static org.vwb.vendors.internal.Device.*;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.Fact;
import org.vwb.core.api.VendorProfile;
import org.vwb.model.DeviceKind;
import org.vwb.model.DriverPlacement;
import org.vwb.vendors.internal.Device;
import org.vwb.vendors.internal.DriverCoverage;
import org.vwb.vendors.internal.Product;
import org.vwb.vendors.internal.ProductProfile;

/**
 * VMware ESXi 4.0 (vSphere 4, 2009), the release the VMXNET3 and PVSCSI studies ran on: drivers still in the
 * vmkernel; VMXNET3 and PVSCSI new (VMware, "Performance Evaluation of VMXNET3 Virtual Network Device", 2009;
 * VMware KB 1010398, PVSCSI "ESX/ESXi 4.0 and later"); virtual hardware version 7 added LSI Logic SAS (for
 * Windows Server 2008 failover clusters) and IDE virtual disks beside the ESX 3.x devices.
 */
@Component(service = VendorProfile.class)
public final class Esxi40Profile extends ProductProfile {

    /**
     * The controllers vIC covers, the vmkernel's virtual interrupt coalescing, on by default since ESX 4.0 (Ahmad,
     * Gulati, Mashtizadeh, USENIX ATC 2011, for "virtual SCSI hardware controllers"; the paper evaluates LSI Logic
     * and PVSCSI). LSI Logic SAS shares LSI Logic's Fusion-MPT emulation; BusLogic, the remaining virtual SCSI
     * controller, is our reading of the paper's term, not a measurement. ESX 3.5 predates vIC.
     */
    static final List<Device> VIC_CONTROLLERS = List.of(PVSCSI, LSILOGIC, LSISAS, BUSLOGIC);

    public Esxi40Profile() {
        super(Product.named("vmware.esxi-4.0", "VMware ESXi 4.0 (vSphere 4)", 2009)
                .placements(DriverPlacement.IN_HYPERVISOR)
                .devices(VMXNET3, VMXNET2, PVSCSI, E1000, VLANCE, LSILOGIC, LSISAS, BUSLOGIC, IDE, CDROM, FLOPPY)
                .virtualInterruptCoalescing(VIC_CONTROLLERS)
                .footprint(new Fact(60 * Sizes.MIB, "bytes", "ESXi 4: about 60 MB, its installer needing a 1 GB"
                        + " flash device (docs/calibration.md, vendor facts), MB read as MiB"))
                .trustedCode(new Fact(60 * Sizes.MIB, "bytes", "estimate (upper bound): the whole ~60 MB ESXi 4"
                        + " image, as for ESX 3i: the vmkernel runs the certified drivers in the most privileged"
                        + " context; the vmkernel with drivers alone is not in our sources"))
                .drivers(DriverCoverage.certifiedList(Map.of(
                        DeviceKind.NETWORK, Set.of("8086", "14e4", "4040"),
                        DeviceKind.BLOCK, Set.of("1000", "1077", "10df")),
                        "rule, not a count: vSphere 4's I/O compatibility list keeps ESX 3.5's core - NICs of Intel"
                                + " (8086) and Broadcom (14e4), storage of LSI (1000), QLogic (1077) and Emulex"
                                + " (10df) - and adds NetXen's 10 GbE NICs (4040); estimate from the drivers ESX 4.0"
                                + " ships (e1000e, igb, bnx2, bnx2x, nx_nic), to verify against the guide")));
    }
}
