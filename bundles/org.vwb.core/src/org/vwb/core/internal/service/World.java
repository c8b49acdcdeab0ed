package org.vwb.core.internal.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vwb.core.api.ContextKind;
import org.vwb.core.api.CostModel;
import org.vwb.core.api.DriverPlacementModel;
import org.vwb.core.api.Route;
import org.vwb.core.api.VendorProfile;
import org.vwb.core.internal.compute.ComputeCosts;
import org.vwb.core.internal.compute.ComputeJobRun;
import org.vwb.core.internal.engine.CpuPool;
import org.vwb.core.internal.engine.Engine;
import org.vwb.core.internal.engine.Slots;
import org.vwb.core.internal.paths.Accounts;
import org.vwb.core.internal.paths.Charger;
import org.vwb.core.internal.paths.ContextProcessors;
import org.vwb.core.internal.paths.ContextRef;
import org.vwb.core.internal.paths.PhysicalLink;
import org.vwb.core.internal.paths.Tracer;
import org.vwb.core.internal.paths.WorkloadDriver;
import org.vwb.core.internal.spec.SystemSpec;
import org.vwb.model.DriverPlacement;

/**
 * A configuration brought to life: the clock, the host's cores and physical devices, the contexts and their CPU
 * accounts, one runtime per VM with a path per device, and the workloads. Touched only by the thread that
 * drives the run.
 */
final class World {

    /** A running VM: its vCPUs, its guest context, its devices by name. */
    record VmRuntime(SystemSpec.VmSpec spec, Slots vcpus, ContextRef guest, Map<String, DeviceHandle> devices) {
    }

    private final Engine engine = new Engine();
    private final Accounts accounts = new Accounts();
    private final Map<String, VmRuntime> vms = new LinkedHashMap<>();
    private final Map<String, PhysicalLink> links = new LinkedHashMap<>();
    private final Map<String, Slots> driverDomainVcpus = new LinkedHashMap<>();
    private final Map<String, Slots> workerThreads = new LinkedHashMap<>();
    private Slots parentVcpus;
    private final List<DeviceHandle> devices = new ArrayList<>();
    private final List<ComputeJobRun> computes = new ArrayList<>();
    private ComputeCosts computeCosts;
    private final CpuPool cpu;
    private final ContextRef hypervisor;
    private final long seed;
    private final long endNanos;
    private final Tracer tracer;
    private SystemSpec spec;
    private Platform platform;
    private String failure;

    World(SystemSpec spec, Catalog catalog, long seed, long endNanos, Tracer tracer) {
        this.spec = spec;
        this.seed = seed;
        this.endNanos = endNanos;
        this.tracer = tracer;
        this.cpu = new CpuPool(engine, spec.host().cores(), spec.host().clockGHz());
        this.hypervisor = accounts.context(ContextKind.HYPERVISOR, "hypervisor");
        for (SystemSpec.PhysicalSpec device : spec.host().devices()) {
            links.put(device.name(), new PhysicalLink(engine, device.name(), device.bandwidthMbps(),
                    device.latencyMicros()));
        }
        platform(spec, platformFor(spec, catalog));
        for (SystemSpec.VmSpec vm : spec.vms()) {
            commitVm(prepareVm(vm, catalog));
        }
    }

    /** The vendor profile, placement and cost model a spec calls for, as installed now; throws if one is missing. */
    Platform platformFor(SystemSpec next, Catalog catalog) {
        VendorProfile vendor = catalog.vendors().get(next.vendorProfile());
        DriverPlacementModel placement = catalog.placements().get(next.placement());
        CostModel costModel = catalog.costModel(next.host().generation()).orElseThrow();
        Route route = vendor.route(placement);
        ContextRef parent = accounts.context(ContextKind.PARENT, next.parent() == null ? "parent" : next.parent());
        return new Platform(vendor, placement, costModel, route,
                new Charger(costModel, placement, route, accounts, tracer), parent);
    }

    /** Takes on a spec and the platform built for it (at start, on a hot-swap, or putting the old one back). */
    void platform(SystemSpec next, Platform nextPlatform) {
        this.spec = next;
        this.platform = nextPlatform;
        // a new platform may bring another parent: its vCPUs are counted afresh (work already holding the old
        // ones releases them into the old count, which nobody asks for any more)
        this.parentVcpus = new Slots(next.parentVcpus());
        this.computeCosts = new ComputeCosts(nextPlatform.charger(), nextPlatform.vendor().bareMetal(),
                next.host().generation());
    }

    /**
     * The processors a device's contexts run on: the parent partition's vCPUs where one runs drivers and back
     * ends (a partitioned or driver-domain design; a hosted design's host kernel and ESX's vmkernel use every
     * core), its driver domain's vCPUs, and its VM's worker process: one thread for device emulation, as QEMU's
     * main loop runs every emulated device of a VM under its global lock (QEMU docs/devel/multi-thread-tcg.rst,
     * "the BQL"), and taken the same for vmwp.exe and VMApp, whose threading is not published.
     */
    ContextProcessors processors(String vm, String driverDomain) {
        boolean partitioned = spec.placement() == DriverPlacement.PARENT_PARTITION
                || spec.placement() == DriverPlacement.DRIVER_DOMAIN;
        ContextProcessors processors = new ContextProcessors(cpu)
                .limit(ContextKind.WORKER, workerThreads.computeIfAbsent(vm, name -> new Slots(1)))
                .workerInParent(partitioned);
        if (partitioned) {
            processors.limit(ContextKind.PARENT, parentVcpus);
        }
        if (driverDomain != null) {
            processors.limit(ContextKind.DRIVER_DOMAIN, driverDomainVcpus.computeIfAbsent(driverDomain,
                    name -> new Slots(spec.driverDomainVcpus(name))));
        }
        return processors;
    }

    Platform platform() {
        return platform;
    }

    /** A VM with its devices' paths built, not yet running: building can fail without touching the world. */
    VmRuntime prepareVm(SystemSpec.VmSpec vm, Catalog catalog) {
        VmRuntime runtime = new VmRuntime(vm, new Slots(vm.vcpus()), accounts.context(ContextKind.GUEST, vm.name()),
                new LinkedHashMap<>());
        for (SystemSpec.DeviceSpec device : vm.devices()) {
            runtime.devices().put(device.name(), prepareDevice(runtime, device, catalog));
        }
        return runtime;
    }

    /** Puts a prepared VM into the world and starts its workloads now. */
    void commitVm(VmRuntime runtime) {
        vms.put(runtime.spec().name(), runtime);
        devices.addAll(runtime.devices().values());
        for (SystemSpec.WorkloadSpec workload : runtime.spec().workloads()) {
            startWorkload(runtime, workload);
        }
        SystemSpec.ComputeSpec compute = runtime.spec().compute();
        if (compute != null) {
            // the costs are asked per slice, so a swap of vendor profile or placement prices the next slices anew
            ComputeJobRun job = new ComputeJobRun(runtime.spec().name(), compute, runtime.spec().vcpus(), engine, cpu,
                    accounts, runtime.guest(), hypervisor, () -> computeCosts);
            computes.add(job);
            runtime.vcpus().gate(job);
            job.start();
        }
    }

    /** A VM goes away: its CPU-bound job takes no further slice. */
    void stopCompute(String vm) {
        computes.stream().filter(job -> job.vm().equals(vm)).forEach(ComputeJobRun::stop);
        VmRuntime runtime = vms.get(vm);
        if (runtime != null) {
            runtime.vcpus().gate(null);
        }
    }

    List<ComputeJobRun> computes() {
        return computes;
    }

    /** A device of a VM with its path built, not yet in the world. */
    DeviceHandle prepareDevice(VmRuntime vm, SystemSpec.DeviceSpec device, Catalog catalog) {
        DeviceHandle handle = new DeviceHandle(vm.spec().name(), device);
        handle.path(PathFactory.create(this, vm, handle, catalog));
        return handle;
    }

    /** Puts a prepared device into its running VM. */
    void commitDevice(DeviceHandle handle) {
        vms.get(handle.vm).devices().put(handle.spec.name(), handle);
        devices.add(handle);
    }

    void startWorkload(VmRuntime vm, SystemSpec.WorkloadSpec workload) {
        DeviceHandle device = vm.devices().get(workload.device());
        long stopAt = workload.durationSeconds() > 0
                ? Math.min(endNanos, engine.now() + Math.round(workload.durationSeconds() * 1e9)) : endNanos;
        WorkloadDriver driver = new WorkloadDriver(engine, device.path(), workloadSeed(vm.spec().name(), workload),
                workload.requestBytes(), workload.ratePerSecond(), workload.queueDepth(), workload.readFraction(),
                stopAt);
        device.workloads.add(driver);
        driver.start();
    }

    /** Every workload gets its own stream, fixed by the run's seed, its VM, its name and its own seed. */
    private long workloadSeed(String vm, SystemSpec.WorkloadSpec workload) {
        long mixed = seed * 0x9E3779B97F4A7C15L;
        mixed ^= vm.hashCode() * 0xC2B2AE3D27D4EB4FL;
        mixed ^= workload.name().hashCode() * 0x165667B19E3779F9L;
        return mixed ^ workload.seed();
    }

    void deviceFailed(String device, RuntimeException cause) {
        if (cause instanceof org.vwb.core.PluginFailure plugin) {
            if (failure == null) {
                failure = "device " + device + ": " + plugin.getMessage();
            }
        } else if (failure == null) {
            failure = "device " + device + " failed: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        }
    }

    /** A plugin threw or did not answer: the run fails, and the message names the plugin and the question. */
    void pluginFailed(org.vwb.core.PluginFailure cause) {
        if (failure == null) {
            failure = cause.getMessage();
        }
    }

    String failure() {
        return failure;
    }

    Engine engine() {
        return engine;
    }

    CpuPool cpu() {
        return cpu;
    }

    Accounts accounts() {
        return accounts;
    }

    Charger charger() {
        return platform.charger();
    }

    Route route() {
        return platform.route();
    }

    ContextRef hypervisor() {
        return hypervisor;
    }

    ContextRef parent() {
        return platform.parent();
    }

    VendorProfile vendor() {
        return platform.vendor();
    }

    CostModel costModel() {
        return platform.costModel();
    }

    SystemSpec spec() {
        return spec;
    }

    /** Takes on a new snapshot whose platform is unchanged. */
    void spec(SystemSpec next) {
        this.spec = next;
    }

    long endNanos() {
        return endNanos;
    }

    VmRuntime vm(String name) {
        return vms.get(name);
    }

    Map<String, VmRuntime> vms() {
        return vms;
    }

    List<DeviceHandle> devices() {
        return devices;
    }

    PhysicalLink link(String physicalDevice) {
        return links.get(physicalDevice);
    }
}
