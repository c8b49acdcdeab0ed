package org.vwb.interchange;

import java.util.Set;
import java.util.stream.Collectors;

import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;
import org.vwb.model.VwbFactory;
import org.vwb.model.Workload;

/**
 * The workload an imported VM gets, because no configuration format records one and a run without requests
 * has nothing to show: on each network and block device vwb can simulate, {@value #RATE_PER_SECOND} requests
 * per second (open loop, Poisson arrivals) of {@value #REQUEST_BYTES} bytes, half of them reads. It is a probe
 * rather than a claim about the guest's traffic (estimate: light enough that no device of the corpus saturates,
 * heavy enough for thousands of requests in a two-second run), and each workload says so in its description.
 * CD-ROMs, floppies and devices of unknown type get none.
 */
public final class DefaultWorkloads {

    public static final double RATE_PER_SECOND = 1000;
    public static final int REQUEST_BYTES = 4096;
    public static final double READ_FRACTION = 0.5;

    /** The default in words, for every output that shows figures resting on it. */
    public static final String DESCRIPTION = "1,000 requests/s of 4 KiB (half of them reads) on each network and "
            + "block device";

    private DefaultWorkloads() {
    }

    /** Adds the default workload to every device of {@code vm} that carries requests and has none yet. */
    public static void addTo(VirtualMachine vm) {
        Set<VirtualDevice> driven = vm.getWorkloads().stream().map(Workload::getDevice).collect(Collectors.toSet());
        for (VirtualDevice device : vm.getDevices()) {
            if (carriesRequests(device) && !driven.contains(device)) {
                vm.getWorkloads().add(of(device));
            }
        }
    }

    /** Whether a device carries requests vwb can simulate: a network or block device of a known type. */
    public static boolean carriesRequests(VirtualDevice device) {
        return (device.getKind() == DeviceKind.NETWORK || device.getKind() == DeviceKind.BLOCK)
                && device.getMode() != DeviceMode.UNKNOWN;
    }

    /** The default workload on one device, named {@code <device>-default}. */
    public static Workload of(VirtualDevice device) {
        Workload workload = VwbFactory.eINSTANCE.createWorkload();
        workload.setName(device.getName() + "-default");
        workload.setDescription("default workload added by vwb: " + DESCRIPTION + "; replace it with the guest's "
                + "own traffic");
        workload.setDevice(device);
        workload.setRequestBytes(REQUEST_BYTES);
        workload.setRatePerSecond(RATE_PER_SECOND);
        workload.setReadFraction(READ_FRACTION);
        return workload;
    }
}
