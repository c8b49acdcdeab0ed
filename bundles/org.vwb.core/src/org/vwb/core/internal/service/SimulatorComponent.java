package org.vwb.core.internal.service;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.vwb.core.api.CostModel;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.DriverPlacementModel;
import org.vwb.core.NotRunnableException;
import org.vwb.core.PluginFailure;
import org.vwb.core.PluginInfo;
import org.vwb.core.PreparedConfiguration;
import org.vwb.core.RequestTrace;
import org.vwb.core.RunOptions;
import org.vwb.core.Simulation;
import org.vwb.core.Simulator;
import org.vwb.core.StaticFigures;
import org.vwb.core.api.VendorProfile;
import org.vwb.core.api.family.DeviceFamily;
import org.vwb.core.internal.plugins.Bounded;
import org.vwb.model.Configuration;
import org.vwb.model.validation.Finding;

/**
 * The {@link Simulator} service. Tracks the installed plugins through dynamic references, so a bundle installed,
 * updated or removed while runs are live is seen at once: live runs park the devices whose model went away and
 * resume them when one comes back. Every call into a plugin is bounded and named (see
 * {@code org.vwb.core.internal.plugins}); the EMF model is read only in {@link #prepare}, on the caller's thread.
 */
@Component(service = Simulator.class)
public final class SimulatorComponent implements Simulator {

    private final List<SimulationRun> liveRuns = new CopyOnWriteArrayList<>();
    private final InstalledPlugins installed = new InstalledPlugins(this::pluginsChanged);

    @Reference(service = DeviceModel.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void addDeviceModel(DeviceModel model, ServiceReference<DeviceModel> reference) {
        installed.addDeviceModel(model, reference);
    }

    void removeDeviceModel(DeviceModel model) {
        installed.remove(model);
    }

    @Reference(service = DriverPlacementModel.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void addPlacement(DriverPlacementModel placement, ServiceReference<DriverPlacementModel> reference) {
        installed.addPlacement(placement, reference);
    }

    void removePlacement(DriverPlacementModel placement) {
        installed.remove(placement);
    }

    @Reference(service = VendorProfile.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void addVendorProfile(VendorProfile profile, ServiceReference<VendorProfile> reference) {
        installed.addVendorProfile(profile, reference);
    }

    void removeVendorProfile(VendorProfile profile) {
        installed.remove(profile);
    }

    @Reference(service = CostModel.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void addCostModel(CostModel model, ServiceReference<CostModel> reference) {
        installed.addCostModel(model, reference);
    }

    void removeCostModel(CostModel model) {
        installed.remove(model);
    }

    @Reference(service = DeviceFamily.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void addFamily(DeviceFamily family, ServiceReference<DeviceFamily> reference) {
        installed.addFamily(family, reference);
    }

    void removeFamily(DeviceFamily family) {
        installed.remove(family);
    }

    /** Plugins came or went: live runs park what lost its provider and resume what got it back. */
    private void pluginsChanged() {
        liveRuns.removeIf(SimulationRun::finished);
        liveRuns.forEach(SimulationRun::pluginsChanged);
    }

    Catalog catalog() {
        return installed.catalog();
    }

    @Override
    public PreparedConfiguration prepare(Configuration configuration) {
        return Preparation.prepare(configuration, catalog());
    }

    @Override
    public PreparedConfiguration prepare(Configuration configuration, List<Finding> validation) {
        return Preparation.read(configuration, validation, catalog());
    }

    /** The prepared configuration's snapshot, re-checked against the plugins installed now. */
    private Prepared runnable(PreparedConfiguration configuration, Catalog catalog) throws NotRunnableException {
        Prepared prepared = Prepared.of(configuration);
        prepared.requireRunnable();
        List<String> problems = Bounded.call(() -> Runnability.problems(prepared.spec(), catalog));
        if (!problems.isEmpty()) {
            throw new NotRunnableException(problems);
        }
        return prepared;
    }

    @Override
    public Simulation start(PreparedConfiguration configuration, RunOptions options) throws NotRunnableException {
        Catalog catalog = catalog();
        Prepared prepared = runnable(configuration, catalog);
        World world;
        try {
            world = Bounded.call(() -> new World(prepared.spec(), catalog, options.seed(), options.durationNanos(),
                    null));
        } catch (PluginFailure e) {
            throw new NotRunnableException(List.of("configuration '" + prepared.name() + "': a plugin failed while "
                    + "the run was prepared: " + e.getMessage()));
        } catch (RuntimeException e) {
            throw new NotRunnableException(List.of("configuration '" + prepared.name() + "': the run could not be "
                    + "prepared: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
        // the run asks for the plugins at its safe points, where nothing may wait for a plugin's id
        SimulationRun run = new SimulationRun(world, options, installed::now, this::prepare);
        liveRuns.add(run);
        return run;
    }

    @Override
    public RequestTrace explain(PreparedConfiguration configuration, String vm, String device)
            throws NotRunnableException {
        Catalog catalog = catalog();
        Prepared prepared = runnable(configuration, catalog);
        return Bounded.call(() -> Explainer.explain(prepared.spec(), catalog, vm, device));
    }

    @Override
    public StaticFigures staticFigures(PreparedConfiguration configuration) throws NotRunnableException {
        Catalog catalog = catalog();
        Prepared prepared = runnable(configuration, catalog);
        return Bounded.call(() -> StaticFiguresBuilder.of(prepared.spec(), catalog));
    }

    @Override
    public PreparedConfiguration variant(PreparedConfiguration base, String vendorProfileId)
            throws NotRunnableException {
        Prepared prepared = Prepared.of(base);
        prepared.requireRunnable();
        VendorProfile profile = profile(vendorProfileId);
        Configuration variant;
        synchronized (prepared.source()) {
            variant = Bounded.call(() -> Variants.of(prepared.source(), profile));
        }
        return prepare(variant);
    }

    @Override
    public Configuration variant(Configuration base, String vendorProfileId) throws NotRunnableException {
        VendorProfile profile = profile(vendorProfileId);
        return Bounded.call(() -> Variants.of(base, profile));
    }

    private VendorProfile profile(String id) throws NotRunnableException {
        return vendorProfile(id).orElseThrow(() -> new NotRunnableException(List.of("vendor profile '" + id
                + "' is not installed")));
    }

    @Override
    public List<PluginInfo> plugins() {
        Catalog catalog = catalog();
        PluginListing listing = new PluginListing();
        catalog.devices().values().forEach(d -> listing.ask(d, "device model",
                () -> d.mode() + " " + d.kind() + ": " + d.description()));
        catalog.placements().values().forEach(p -> listing.ask(p, "driver placement", p::description));
        catalog.vendors().values().forEach(v -> listing.ask(v, "vendor profile", v::name));
        catalog.costModels().values().forEach(c -> listing.ask(c, "cost model", c::description));
        catalog.families().values().forEach(f -> listing.ask(f, "device family", f::description));
        List<PluginInfo> result = listing.answers();
        result.sort(Comparator.comparing(PluginInfo::type).thenComparing(PluginInfo::id));
        return result;
    }

    @Override
    public List<String> pluginProblems() {
        return installed.problems();
    }

    @Override
    public List<VendorProfile> vendorProfiles() {
        return List.copyOf(new TreeMap<>(catalog().vendors()).values());
    }

    @Override
    public Optional<CostModel> costModel(String id) {
        return catalog().costModel(id);
    }

    @Override
    public Optional<VendorProfile> vendorProfile(String id) {
        return Optional.ofNullable(catalog().vendors().get(id));
    }
}
