package org.vwb.headless.internal.audit;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.vwb.interchange.DefaultWorkloads;
import org.vwb.model.Configuration;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;
import org.vwb.model.Workload;

/**
 * An imported configuration made ready to simulate. A VM without a workload (imports add the default ones, but
 * a model may have lost them) gets {@link DefaultWorkloads}. Devices that then carry no workload (CD-ROMs,
 * floppies, devices of unknown type) are left out of the copy: they would cost nothing in the run.
 */
public final class SimulationCopy {

    /** The default workload in words, for every output that shows figures resting on it. */
    public static final String DEFAULT_WORKLOAD = DefaultWorkloads.DESCRIPTION + " of a VM that has no workload; "
            + "devices without a workload left out";

    private SimulationCopy() {
    }

    /** A detached copy with the default workloads; the configuration given is not changed. */
    public static Configuration withDefaultWorkloads(Configuration configuration) {
        Configuration copy = EcoreUtil.copy(configuration);
        for (VirtualMachine vm : copy.getVirtualMachines()) {
            if (vm.getWorkloads().isEmpty()) {
                DefaultWorkloads.addTo(vm);
            }
            Set<VirtualDevice> driven = vm.getWorkloads().stream().map(Workload::getDevice)
                    .collect(Collectors.toSet());
            List<VirtualDevice> idle = vm.getDevices().stream().filter(d -> !driven.contains(d)).toList();
            vm.getDevices().removeAll(idle);
        }
        return copy;
    }
}
