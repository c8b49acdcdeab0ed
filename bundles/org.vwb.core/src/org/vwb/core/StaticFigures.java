package org.vwb.core;

import java.util.List;

import org.vwb.core.api.Fact;
import org.vwb.core.api.FaultScope;

/**
 * What a configuration costs before it runs a single request: footprint, trusted code, driver availability for
 * the host's devices, and the blast radius of a faulting driver.
 *
 * @param vendorProfile     id of the profile
 * @param vendorName        product and release
 * @param footprint         installed footprint
 * @param trustedCode       code in the most privileged context, drivers included when they live there
 * @param driverCatalogue   the product's driver catalogue
 * @param driversAvailable  host devices the product has a driver for, e.g. {@code nic0 (8086:105e): yes}
 * @param faultScope        what a faulting driver takes down
 * @param blastRadius       per physical driver: what falls with it
 */
public record StaticFigures(String vendorProfile, String vendorName, Fact footprint, Fact trustedCode,
        Fact driverCatalogue, List<DriverAvailability> driversAvailable, FaultScope faultScope,
        List<BlastRadius> blastRadius) {

    /** Whether the product has a driver for one physical device of the host. */
    public record DriverAvailability(String device, String pciId, boolean available) {
    }

    /** What a fault in one physical driver takes down. */
    public record BlastRadius(String driver, String device, boolean hypervisorFalls, List<String> contextsDown,
            List<String> vmsAffected) {
    }
}
