package org.vwb.core.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;
import org.vwb.model.DriverPlacement;

/**
 * Where drivers live, and so which contexts a request crosses: the {@link Route} (who runs emulators, back ends
 * and physical drivers) and the events each crossing between two contexts pays.
 *
 * @since 1.0
 */
@ConsumerType
public interface DriverPlacementModel {

    DriverPlacement placement();

    /** One line for people, e.g. {@code monolithic: drivers in the vmkernel}. */
    String description();

    /** Where emulators, synthetic back ends and physical drivers run unless a vendor profile refines it. */
    Route defaultRoute();

    /**
     * The events a request pays to move from one context to another, in order; empty when both are the same
     * context. The core adds {@link CostEvent#VM_EXIT}/{@link CostEvent#VM_ENTRY} for leaving and re-entering
     * the guest itself.
     *
     * @param route the route in force (a vendor profile may have refined the default)
     */
    List<CostEvent> crossing(Route route, ContextKind from, ContextKind to);

    /** What a fault in a physical driver takes down under this placement. */
    FaultScope driverFaultScope();
}
