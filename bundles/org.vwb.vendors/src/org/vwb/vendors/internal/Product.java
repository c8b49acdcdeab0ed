package org.vwb.vendors.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.vwb.core.api.Fact;
import org.vwb.core.api.Route;
import org.vwb.model.DriverPlacement;

/**
 * The data of one product and release, gathered step by step so that a profile reads as a short list of facts;
 * a {@link ProductProfile} copies it once, so a profile never changes after construction.
 */
public final class Product {

    final String id;
    final String name;
    final int releaseYear;
    DriverPlacement defaultPlacement;
    Set<DriverPlacement> placements;
    UnaryOperator<Route> routeRefinement = UnaryOperator.identity();
    List<Device> devices = List.of();
    Fact footprint;
    Fact trustedCode;
    DriverCoverage drivers;
    boolean exitlessInterrupts;
    Set<String> coalescedControllers = Set.of();

    private Product(String id, String name, int releaseYear) {
        this.id = id;
        this.name = name;
        this.releaseYear = releaseYear;
    }

    public static Product named(String id, String name, int releaseYear) {
        return new Product(id, name, releaseYear);
    }

    /** The placement a hypervisor gets by default, and any others the product also supports. */
    public Product placements(DriverPlacement byDefault, DriverPlacement... others) {
        defaultPlacement = byDefault;
        placements = EnumSet.of(byDefault, others);
        return this;
    }

    /** How the product differs from a placement's default route. */
    public Product route(UnaryOperator<Route> refinement) {
        routeRefinement = refinement;
        return this;
    }

    /** The devices offered; for each kind and mode, the first listed is the default. */
    public Product devices(Device... offered) {
        devices = List.of(offered);
        return this;
    }

    public Product footprint(Fact bytes) {
        footprint = bytes;
        return this;
    }

    public Product trustedCode(Fact size) {
        trustedCode = size;
        return this;
    }

    public Product drivers(DriverCoverage coverage) {
        drivers = coverage;
        return this;
    }

    public Product exitlessInterrupts(boolean exitless) {
        exitlessInterrupts = exitless;
        return this;
    }

    /**
     * The virtual SCSI controllers whose interrupts the hypervisor itself coalesces by default ({@link
     * VirtualInterruptCoalescing}, ESX's vIC), whatever the controller's model says.
     */
    public Product virtualInterruptCoalescing(List<Device> controllers) {
        coalescedControllers = controllers.stream().map(Device::id).collect(Collectors.toUnmodifiableSet());
        return this;
    }
}
