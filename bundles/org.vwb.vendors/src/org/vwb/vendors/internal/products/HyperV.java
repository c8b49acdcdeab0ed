package org.vwb.vendors.internal.products;

import static org.vwb.vendors.internal.Device.*;

import org.vwb.core.api.Fact;
import org.vwb.model.DriverPlacement;
import org.vwb.vendors.internal.DriverCoverage;
import org.vwb.vendors.internal.Product;

/**
 * What every Hyper-V release shares: drivers in the Windows root partition, netvsc/storvsc over VMBus, and the
 * generation-1 legacy devices (DEC 21140 legacy network adapter, IDE disk and CD-ROM, floppy). Generation-2 VMs
 * (Server 2012 R2 on) drop the legacy devices, "reducing the attack surface", but generation 1 still exists, so the
 * catalogue keeps them.
 */
final class HyperV {

    /** Trusted code as counted for Hyper-V: the hypervisor binary only (defense in depth). */
    static final double HVIX64_2008_R2_BYTES = 706_650;

    private HyperV() {
    }

    static Product release(String id, String name, int year) {
        return Product.named(id, name, year)
                .placements(DriverPlacement.PARENT_PARTITION)
                .devices(NETVSC, STORVSC, DEC21140, IDE, CDROM, FLOPPY)
                .drivers(DriverCoverage.generalPurposeOs("rule, not a count: the root partition runs Windows, so any"
                        + " device with a Windows driver, inbox or the vendor's WHQL-signed one, serves every VM;"
                        + " hasDriverFor accepts any PCI vendor"));
    }

    static Fact trustedCode(String release) {
        return new Fact(HVIX64_2008_R2_BYTES, "bytes", release + "hvix64.exe, the Windows Server 2008 R2 hypervisor"
                + " binary for Intel: 706,650 bytes (hvax64.exe for AMD: 651,776) (docs/calibration.md, vendor facts)."
                + " Counted: the hypervisor binary only, the code in the most privileged context; the Windows root"
                + " partition with its drivers is trusted too but kept out of the hypervisor (defense in depth), and"
                + " this figure leaves it out");
    }
}
