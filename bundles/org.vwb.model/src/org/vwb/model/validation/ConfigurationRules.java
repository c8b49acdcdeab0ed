package org.vwb.model.validation;

import java.util.Optional;

import org.vwb.model.Configuration;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;
import org.vwb.model.Host;
import org.vwb.model.PhysicalDevice;
import org.vwb.model.PhysicalDriver;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;
import org.vwb.model.Workload;

/**
 * Rules that look at a whole configuration: what the driver placement needs, whether every physical device
 * a VM uses has a driver where the placement runs drivers, synthetic devices only in enlightened guests, and
 * overcommit of vCPUs and memory.
 */
final class ConfigurationRules {

    private final Configuration configuration;
    private final VwbRules.Report report;

    ConfigurationRules(Configuration configuration, VwbRules.Report report) {
        this.configuration = configuration;
        this.report = report;
    }

    void check() {
        Host host = configuration.getHost();
        if (configuration.getHypervisor() == null || host == null || host.eIsProxy()) {
            return; // EMF's multiplicity and proxy checks already report these
        }
        DriverPlacement placement = configuration.getHypervisor().getDriverPlacement();
        placementNeeds(placement);
        for (VirtualMachine vm : configuration.getVirtualMachines()) {
            for (VirtualDevice device : vm.getDevices()) {
                device(vm, device, host, placement);
            }
        }
        for (PhysicalDriver driver : configuration.getDrivers()) {
            if (driver.getDevice() != null && !driver.getDevice().eIsProxy() && driver.getDevice().eContainer() != host) {
                report.error(driver, "drives device '" + driver.getDevice().getName() + "', which is not on host '"
                        + host.getName() + "'");
            }
        }
        overcommit(host);
        engineLoad();
    }

    private void placementNeeds(DriverPlacement placement) {
        boolean needsParent = placement == DriverPlacement.PARENT_PARTITION || placement == DriverPlacement.HOST_OS;
        report.errorIf(needsParent && configuration.getParentPartition() == null, "driver placement " + placement
                + " runs drivers in a parent partition or host OS, but the configuration has none");
        report.errorIf(placement == DriverPlacement.DRIVER_DOMAIN && configuration.getDriverDomains().isEmpty(),
                "driver placement DRIVER_DOMAIN needs at least one driver domain");
    }

    private void device(VirtualMachine vm, VirtualDevice device, Host host, DriverPlacement placement) {
        if (device.getMode() == DeviceMode.SYNTHETIC && !vm.isEnlightened()) {
            report.error(device, "is a synthetic device, but the guest "
                    + (vm.getOperatingSystem() == null ? "" : "(" + vm.getOperatingSystem() + ") ")
                    + "is not enlightened: it has no synthetic drivers; use an emulated device or install them");
        }
        PhysicalDevice backing = device.getBacking();
        if (backing != null && !backing.eIsProxy()) {
            if (backing.eContainer() != host) {
                report.error(device, "is backed by '" + backing.getName() + "', which is not on host '"
                        + host.getName() + "'");
                return;
            }
            if (backing.getKind() != device.getKind()) {
                report.error(device, "is a " + device.getKind() + " device backed by '" + backing.getName()
                        + "', a " + backing.getKind() + " device");
                return;
            }
        }
        if (device.getMode() == DeviceMode.PASSTHROUGH) {
            if (backing == null) {
                report.error(device, "is a passthrough device without a backing physical device");
            }
            return; // the guest's own driver runs it: no host driver needed
        }
        Optional<PhysicalDevice> physical = backing != null ? Optional.of(backing) : firstOfKind(host, device.getKind());
        if (physical.isEmpty()) {
            if (needsPhysicalDevice(device.getKind())) {
                report.error(device, "needs a physical " + device.getKind() + " device, but host '" + host.getName()
                        + "' has none");
            }
            return;
        }
        if (!hasDriverIn(physical.get(), placement)) {
            report.error(physical.get(), "has no driver in placement " + placement + " (used by "
                    + ElementPaths.label(vm) + " / " + ElementPaths.label(device) + ")");
        }
    }

    /** Network and storage requests must reach real hardware; a floppy or serial port can be purely emulated. */
    private static boolean needsPhysicalDevice(DeviceKind kind) {
        return kind == DeviceKind.NETWORK || kind == DeviceKind.BLOCK || kind == DeviceKind.GPU;
    }

    private static Optional<PhysicalDevice> firstOfKind(Host host, DeviceKind kind) {
        return host.getDevices().stream().filter(d -> d.getKind() == kind).findFirst();
    }

    private boolean hasDriverIn(PhysicalDevice device, DriverPlacement placement) {
        return configuration.getDrivers().stream().anyMatch(d -> d.getDevice() == device
                && d.getPlacement() == placement
                && (placement != DriverPlacement.DRIVER_DOMAIN || d.getDomain() != null));
    }

    /**
     * What the engine holds at once for this configuration: every closed loop's outstanding requests, and the
     * arrivals every open loop schedules per second. Each workload is in range on its own; together they must fit
     * too, or a valid model could still exhaust memory.
     */
    private void engineLoad() {
        long outstanding = 0;
        double rate = 0;
        for (VirtualMachine vm : configuration.getVirtualMachines()) {
            for (Workload workload : vm.getWorkloads()) {
                outstanding += Math.max(0, workload.getQueueDepth());
                rate += Math.max(0, workload.getRatePerSecond());
            }
        }
        report.errorIf(outstanding > ValueRanges.MAX_OUTSTANDING_PER_CONFIGURATION, "its workloads keep "
                + outstanding + " requests outstanding together; at most "
                + ValueRanges.MAX_OUTSTANDING_PER_CONFIGURATION + " fit in one run");
        report.errorIf(rate > ValueRanges.MAX_RATE_PER_CONFIGURATION, String.format(java.util.Locale.ROOT,
                "its workloads ask for %.0f requests/s together; at most %.0f fit in one run", rate,
                ValueRanges.MAX_RATE_PER_CONFIGURATION));
    }

    private void overcommit(Host host) {
        // long: thousands of VMs of thousands of vCPUs must not wrap around and hide the overcommit
        long vcpus = configuration.getVirtualMachines().stream().mapToLong(VirtualMachine::getVcpus).sum();
        // saturating: an out-of-range memory (reported on its own) must not wrap the sum below the host's
        long memory = configuration.getVirtualMachines().stream().mapToLong(VirtualMachine::getMemoryMiB)
                .reduce(0, ConfigurationRules::saturatingAdd);
        if (configuration.getParentPartition() != null) {
            memory = saturatingAdd(memory, configuration.getParentPartition().getMemoryMiB());
        }
        double limit = configuration.getHypervisor().getOvercommitLimit();
        double ratio = host.getCores() > 0 ? (double) vcpus / host.getCores() : 0;
        if (ratio > limit) {
            report.warning(String.format(java.util.Locale.ROOT,
                    "overcommits vCPUs %.1f:1 (%d vCPUs on %d cores), beyond the stated limit of %.1f:1",
                    ratio, vcpus, host.getCores(), limit));
        }
        if (memory > host.getMemoryMiB()) {
            report.warning("gives partitions " + memory + " MiB of memory, more than host '" + host.getName()
                    + "' has (" + host.getMemoryMiB() + " MiB)");
        }
    }

    private static long saturatingAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? (a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : sum;
    }
}
