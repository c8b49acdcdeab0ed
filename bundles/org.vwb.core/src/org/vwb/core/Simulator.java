package org.vwb.core;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.vwb.model.Configuration;

/**
 * Runs configurations of the vwb model on the simulated hypervisor core, with the device models, driver
 * placements, vendor profiles and cost models installed at that moment. The core's entry point for the command
 * line, the shell, the workbench and third parties; a Declarative Services component.
 *
 * <p>The configuration passed in is read once into an immutable snapshot: the caller keeps its live EObjects.
 */
@ProviderType
public interface Simulator {

    /** Why a configuration cannot run, one reason per line naming the element; empty when it can. */
    List<String> problems(Configuration configuration);

    /** Prepares a run that the caller advances (see {@link Simulation}). */
    Simulation start(Configuration configuration, RunOptions options) throws NotRunnableException;

    /** Runs a configuration to its end. */
    default RunResult run(Configuration configuration, RunOptions options) throws NotRunnableException {
        return start(configuration, options).runToEnd();
    }

    /** The path of one request through one device, step by step, on an otherwise idle host. */
    RequestTrace explain(Configuration configuration, String vm, String device) throws NotRunnableException;

    /** Footprint, trusted code, driver availability and blast radius of a configuration. */
    StaticFigures staticFigures(Configuration configuration) throws NotRunnableException;

    /**
     * The same VMs and workloads under another vendor profile: its default placement and drivers, each device
     * mapped to the profile's device model of the same kind and mode (a synthetic device of a guest the profile
     * has no synthetic driver for becomes emulated). A new, detached configuration; the base is not changed.
     */
    Configuration variant(Configuration base, String vendorProfileId) throws NotRunnableException;

    /** Every installed device model, placement, vendor profile and cost model. */
    List<PluginInfo> plugins();

    List<VendorProfile> vendorProfiles();

    /** An installed cost model by id (a host's hardware generation; empty = the default generation). */
    Optional<CostModel> costModel(String id);

    Optional<VendorProfile> vendorProfile(String id);
}
