package org.vwb.core.internal.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.vwb.core.CostModel;
import org.vwb.core.DeviceModel;
import org.vwb.core.DriverPlacementModel;
import org.vwb.core.NotRunnableException;
import org.vwb.core.PluginInfo;
import org.vwb.core.RequestTrace;
import org.vwb.core.RunOptions;
import org.vwb.core.Simulation;
import org.vwb.core.Simulator;
import org.vwb.core.StaticFigures;
import org.vwb.core.VendorProfile;
import org.vwb.core.internal.spec.SpecReader;
import org.vwb.core.internal.spec.SystemSpec;
import org.vwb.model.Configuration;
import org.vwb.model.DriverPlacement;
import org.vwb.model.validation.Finding;
import org.vwb.model.validation.ModelValidation;

/**
 * The {@link Simulator} service. Tracks the installed plugins through dynamic references, so a bundle installed,
 * updated or removed while runs are live is seen at once: live runs park the devices whose model went away and
 * resume them when one comes back.
 */
@Component(service = Simulator.class)
public final class SimulatorComponent implements Simulator {

    private final Map<String, DeviceModel> devices = new ConcurrentHashMap<>();
    private final Map<DriverPlacement, DriverPlacementModel> placements = new ConcurrentHashMap<>();
    private final Map<String, VendorProfile> vendors = new ConcurrentHashMap<>();
    private final Map<String, CostModel> costModels = new ConcurrentHashMap<>();
    private final List<SimulationRun> liveRuns = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDeviceModel(DeviceModel model) {
        bind(devices, model.id(), model);
    }

    void removeDeviceModel(DeviceModel model) {
        unbind(devices, model.id(), model);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPlacement(DriverPlacementModel placement) {
        bind(placements, placement.placement(), placement);
    }

    void removePlacement(DriverPlacementModel placement) {
        unbind(placements, placement.placement(), placement);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addVendorProfile(VendorProfile profile) {
        bind(vendors, profile.id(), profile);
    }

    void removeVendorProfile(VendorProfile profile) {
        unbind(vendors, profile.id(), profile);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCostModel(CostModel model) {
        bind(costModels, model.id(), model);
    }

    void removeCostModel(CostModel model) {
        unbind(costModels, model.id(), model);
    }

    /** A plugin arrived: catalogues are taken from these maps, and live runs resume what waited for it. */
    private <K, S> void bind(Map<K, S> installed, K key, S service) {
        installed.put(key, service);
        pluginsChanged();
    }

    /** A plugin left, unless another with its key replaced it meanwhile: live runs park what used it. */
    private <K, S> void unbind(Map<K, S> installed, K key, S service) {
        installed.remove(key, service);
        pluginsChanged();
    }

    private void pluginsChanged() {
        liveRuns.removeIf(SimulationRun::finished);
        liveRuns.forEach(SimulationRun::pluginsChanged);
    }

    Catalog catalog() {
        return new Catalog(Map.copyOf(devices), Map.copyOf(placements), Map.copyOf(vendors), Map.copyOf(costModels));
    }

    @Override
    public List<String> problems(Configuration configuration) {
        List<String> problems = new ArrayList<>();
        ModelValidation.validate(configuration).stream().filter(f -> f.severity() == Finding.Severity.ERROR)
                .forEach(f -> problems.add(f.path() + ": " + f.reason()));
        if (problems.isEmpty()) {
            problems.addAll(Runnability.problems(SpecReader.read(configuration), catalog()));
        }
        return problems;
    }

    private SystemSpec runnable(Configuration configuration, Catalog catalog) throws NotRunnableException {
        List<String> problems = problems(configuration);
        if (!problems.isEmpty()) {
            throw new NotRunnableException(problems);
        }
        return SpecReader.read(configuration);
    }

    @Override
    public Simulation start(Configuration configuration, RunOptions options) throws NotRunnableException {
        Catalog catalog = catalog();
        SystemSpec spec = runnable(configuration, catalog);
        World world;
        try {
            world = new World(spec, catalog, options.seed(), options.durationNanos(), null);
        } catch (RuntimeException e) {
            throw new NotRunnableException(List.of("configuration '" + spec.name() + "': a plugin failed while "
                    + "the run was prepared: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
        SimulationRun run = new SimulationRun(world, options, this::catalog);
        liveRuns.add(run);
        return run;
    }

    @Override
    public RequestTrace explain(Configuration configuration, String vm, String device) throws NotRunnableException {
        Catalog catalog = catalog();
        return Explainer.explain(runnable(configuration, catalog), catalog, vm, device);
    }

    @Override
    public StaticFigures staticFigures(Configuration configuration) throws NotRunnableException {
        Catalog catalog = catalog();
        return StaticFiguresBuilder.of(runnable(configuration, catalog), catalog);
    }

    @Override
    public Configuration variant(Configuration base, String vendorProfileId) throws NotRunnableException {
        VendorProfile profile = vendors.get(vendorProfileId);
        if (profile == null) {
            throw new NotRunnableException(List.of("vendor profile '" + vendorProfileId + "' is not installed"));
        }
        return Variants.of(base, profile);
    }

    @Override
    public List<PluginInfo> plugins() {
        List<PluginInfo> result = new ArrayList<>();
        devices.values().forEach(d -> result.add(info("device model", d.id(), d.mode() + " " + d.kind() + ": "
                + d.description(), d)));
        placements.values().forEach(p -> result.add(info("driver placement", p.placement().name(),
                p.description(), p)));
        vendors.values().forEach(v -> result.add(info("vendor profile", v.id(), v.name(), v)));
        costModels.values().forEach(c -> result.add(info("cost model", c.id(), c.description(), c)));
        result.sort(Comparator.comparing(PluginInfo::type).thenComparing(PluginInfo::id));
        return result;
    }

    private static PluginInfo info(String type, String id, String description, Object service) {
        Bundle bundle = FrameworkUtil.getBundle(service.getClass());
        return new PluginInfo(type, id, description, bundle == null ? "(not in OSGi)" : bundle.getSymbolicName(),
                bundle == null ? "" : bundle.getVersion().toString());
    }

    @Override
    public List<VendorProfile> vendorProfiles() {
        return List.copyOf(new TreeMap<>(vendors).values());
    }

    @Override
    public Optional<CostModel> costModel(String id) {
        return catalog().costModel(id);
    }

    @Override
    public Optional<VendorProfile> vendorProfile(String id) {
        return Optional.ofNullable(vendors.get(id));
    }
}
