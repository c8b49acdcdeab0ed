package org.vwb.headless.internal.audit;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceKind;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;
import org.vwb.model.VwbFactory;
import org.vwb.model.Workload;

/**
 * An imported configuration made ready to simulate. Imports add no workloads, and a device without requests
 * has no figures, so each VM without a workload gets {@link #DEFAULT_WORKLOAD}. Devices that then carry no
 * workload (CD-ROMs, floppies, sound, unknown devices) are left out of the copy: they would cost nothing in
 * the run, but a simulator without a model for them would refuse the whole configuration.
 */
public final class SimulationCopy {

    public static final double DEFAULT_RATE_PER_SECOND = 1000;
    public static final int DEFAULT_REQUEST_BYTES = 4096;

    /** The default workload in words, for every output that shows figures resting on it. */
    public static final String DEFAULT_WORKLOAD = "1,000 requests/s of 4 KiB (half of them reads) on each "
            + "network and block device of a VM that has no workload; devices without a workload left out";

    private SimulationCopy() {
    }

    /** A detached copy with the default workloads; the configuration given is not changed. */
    public static Configuration withDefaultWorkloads(Configuration configuration) {
        Configuration copy = EcoreUtil.copy(configuration);
        for (VirtualMachine vm : copy.getVirtualMachines()) {
            if (vm.getWorkloads().isEmpty()) {
                vm.getDevices().stream().filter(SimulationCopy::carriesRequests)
                        .forEach(device -> vm.getWorkloads().add(defaultWorkload(device)));
            }
            Set<VirtualDevice> driven = vm.getWorkloads().stream().map(Workload::getDevice)
                    .collect(Collectors.toSet());
            List<VirtualDevice> idle = vm.getDevices().stream().filter(d -> !driven.contains(d)).toList();
            vm.getDevices().removeAll(idle);
        }
        return copy;
    }

    private static boolean carriesRequests(VirtualDevice device) {
        return device.getKind() == DeviceKind.NETWORK || device.getKind() == DeviceKind.BLOCK;
    }

    private static Workload defaultWorkload(VirtualDevice device) {
        Workload workload = VwbFactory.eINSTANCE.createWorkload();
        workload.setName(device.getName() + "-default");
        workload.setDevice(device);
        workload.setRequestBytes(DEFAULT_REQUEST_BYTES);
        workload.setRatePerSecond(DEFAULT_RATE_PER_SECOND);
        return workload;
    }
}
