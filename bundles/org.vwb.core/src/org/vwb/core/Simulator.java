package org.vwb.core;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.vwb.core.api.CostModel;
import org.vwb.core.api.VendorProfile;
import org.vwb.model.Configuration;
import org.vwb.model.validation.Finding;

/**
 * Runs configurations of the vwb model on the simulated hypervisor core, with the device models, driver
 * placements, vendor profiles and cost models installed at that moment. The core's entry point for the command
 * line, the shell, the workbench and third parties; a Declarative Services component.
 *
 * <p>A configuration is {@link #prepare prepared} once (validated, read into an immutable snapshot, checked
 * against the installed plugins) and the {@link PreparedConfiguration} is what the other methods take; the
 * methods that take a {@link Configuration} prepare it first, for callers that use it once. Every call into a
 * plugin is bounded by the plugin time-out (10 s unless the system property {@code vwb.plugin.timeout} says
 * otherwise): a plugin that throws or does not answer ends the call with a {@link PluginFailure}, or a
 * {@link NotRunnableException}, naming the plugin and what it was asked.
 */
@ProviderType
public interface Simulator {

    /**
     * Validates the configuration once, reads it into an immutable snapshot once, and checks it against the
     * plugins installed now. Never throws for a bad configuration: the result carries the problems. Call it on
     * the thread that owns the configuration's EMF objects; the result may go to any thread.
     */
    PreparedConfiguration prepare(Configuration configuration);

    /**
     * As {@link #prepare(Configuration)}, with the findings of a validation the caller has just run over the
     * configuration or an element that contains it (a command validates the whole file first): the
     * configuration is not validated a second time. Findings about other elements are ignored.
     */
    PreparedConfiguration prepare(Configuration configuration, List<Finding> validation);

    /** Why a configuration cannot run, one reason per line naming the element; empty when it can. */
    default List<String> problems(Configuration configuration) {
        return prepare(configuration).problems();
    }

    /** Prepares a run that the caller advances (see {@link Simulation}). */
    Simulation start(PreparedConfiguration configuration, RunOptions options) throws NotRunnableException;

    /** Prepares the configuration, then a run of it. */
    default Simulation start(Configuration configuration, RunOptions options) throws NotRunnableException {
        return start(prepare(configuration), options);
    }

    /** Runs a prepared configuration to its end. */
    default RunResult run(PreparedConfiguration configuration, RunOptions options) throws NotRunnableException {
        return start(configuration, options).runToEnd();
    }

    /** Runs a configuration to its end. */
    default RunResult run(Configuration configuration, RunOptions options) throws NotRunnableException {
        return run(prepare(configuration), options);
    }

    /** The path of one request through one device, step by step, on an otherwise idle host. */
    RequestTrace explain(PreparedConfiguration configuration, String vm, String device) throws NotRunnableException;

    /** Prepares the configuration, then explains one request of it. */
    default RequestTrace explain(Configuration configuration, String vm, String device) throws NotRunnableException {
        return explain(prepare(configuration), vm, device);
    }

    /** Footprint, trusted code, driver availability and blast radius of a configuration. */
    StaticFigures staticFigures(PreparedConfiguration configuration) throws NotRunnableException;

    /** Prepares the configuration, then takes its static figures. */
    default StaticFigures staticFigures(Configuration configuration) throws NotRunnableException {
        return staticFigures(prepare(configuration));
    }

    /**
     * The same VMs and workloads under another vendor profile: its default placement and drivers, each device
     * mapped to the profile's device model of the same kind and mode (a synthetic device of a guest the profile
     * has no synthetic driver for becomes emulated), prepared (the variant is validated and read once).
     */
    PreparedConfiguration variant(PreparedConfiguration base, String vendorProfileId) throws NotRunnableException;

    /** As {@link #variant(PreparedConfiguration, String)}, as a new, detached configuration; the base is not changed. */
    Configuration variant(Configuration base, String vendorProfileId) throws NotRunnableException;

    /** Every installed device model, placement, vendor profile and cost model. */
    List<PluginInfo> plugins();

    /**
     * Plugins the simulator had to leave out, one line each naming the plugin (bundle, version, component) and
     * why: its {@code id()} threw or did not answer within the plugin time-out.
     */
    default List<String> pluginProblems() {
        return List.of();
    }

    List<VendorProfile> vendorProfiles();

    /** An installed cost model by id (a host's hardware generation; empty = the default generation). */
    Optional<CostModel> costModel(String id);

    Optional<VendorProfile> vendorProfile(String id);
}
