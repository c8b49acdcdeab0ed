package org.vwb.core.internal.service;

import java.util.List;

import org.vwb.core.NotRunnableException;
import org.vwb.core.RequestTrace;
import org.vwb.core.internal.paths.Request;
import org.vwb.core.internal.paths.Tracer;
import org.vwb.core.internal.spec.SystemSpec;

/**
 * Follows one request through one device on an otherwise idle host and records every step: the mechanism the
 * run uses, with nothing else competing, so each step's cycles are the cost model's own.
 */
final class Explainer {

    private static final long LIMIT_NANOS = 10_000_000_000L;

    private Explainer() {
    }

    static RequestTrace explain(SystemSpec spec, Catalog catalog, String vmName, String deviceName)
            throws NotRunnableException {
        SystemSpec.VmSpec vm = spec.vm(vmName).orElseThrow(() -> new NotRunnableException(List.of(
                "configuration '" + spec.name() + "' has no virtual machine '" + vmName + "'")));
        SystemSpec.DeviceSpec device = vm.device(deviceName).orElseThrow(() -> new NotRunnableException(List.of(
                "virtual machine '" + vmName + "' has no device '" + deviceName + "'")));
        SystemSpec.WorkloadSpec workload = vm.workloads().stream().filter(w -> w.device().equals(deviceName))
                .findFirst().orElse(null);
        SystemSpec.VmSpec alone = new SystemSpec.VmSpec(vm.name(), vm.vcpus(), vm.enlightened(),
                vm.operatingSystem(), List.of(device), List.of(), null);
        SystemSpec idle = new SystemSpec(spec.name(), spec.host(), spec.vendorProfile(), spec.placement(),
                spec.parent(), spec.parentVcpus(), List.of(alone), spec.drivers());
        Tracer tracer = new Tracer(spec.host().clockGHz());
        World world = new World(idle, catalog, 1, LIMIT_NANOS, tracer);
        int bytes = workload == null ? 4096 : workload.requestBytes();
        boolean read = workload != null && workload.readFraction() >= 0.5;
        world.vm(vmName).devices().get(deviceName).path().issue(new Request(0, bytes, read, done -> { }));
        world.engine().runUntil(LIMIT_NANOS, tracer::done);
        if (world.failure() != null) {
            throw new NotRunnableException(List.of(world.failure()));
        }
        return new RequestTrace(vmName, deviceName, device.model(), List.copyOf(tracer.steps()));
    }
}
