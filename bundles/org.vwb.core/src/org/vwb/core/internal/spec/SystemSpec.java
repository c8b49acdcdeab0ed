package org.vwb.core.internal.spec;

import java.util.List;
import java.util.Optional;

import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;

/**
 * One configuration as the engine runs it: host, hypervisor, partitions, devices and workloads, by name.
 *
 * @param name          configuration name
 * @param host          the physical host
 * @param vendorProfile vendor profile id
 * @param placement     driver placement
 * @param parent        name of the parent partition or host OS, or null
 * @param parentVcpus   the parent partition's (dom0's, the root's) vCPUs: its kernel's back ends and drivers run on
 *                      no more processors than these
 * @param vms           the virtual machines
 * @param drivers       physical drivers
 */
public record SystemSpec(String name, HostSpec host, String vendorProfile, DriverPlacement placement, String parent,
        int parentVcpus, List<VmSpec> vms, List<DriverSpec> drivers) {

    /** The physical host. */
    public record HostSpec(String name, int cores, double clockGHz, String generation, List<PhysicalSpec> devices) {
        public Optional<PhysicalSpec> device(String deviceName) {
            return devices.stream().filter(d -> d.name().equals(deviceName)).findFirst();
        }
    }

    /** A physical device. */
    public record PhysicalSpec(String name, DeviceKind kind, String pciId, double bandwidthMbps,
            double latencyMicros) {
    }

    /** A virtual machine; {@code compute} is its CPU-bound job, or null. */
    public record VmSpec(String name, int vcpus, boolean enlightened, String operatingSystem,
            List<DeviceSpec> devices, List<WorkloadSpec> workloads, ComputeSpec compute) {
        public Optional<DeviceSpec> device(String deviceName) {
            return devices.stream().filter(d -> d.name().equals(deviceName)).findFirst();
        }
    }

    /**
     * A virtual device.
     *
     * @param backing  the physical device serving it (explicit, or the host's first of its kind), or null
     * @param queues   queue pairs asked for, 0 = the device model's default
     * @param mtu      a network device's MTU in bytes
     * @param offloads whether a network device's TSO and LRO/GRO are on where the model has them
     */
    public record DeviceSpec(String name, DeviceKind kind, DeviceMode mode, String model, String backing, int queues,
            int mtu, boolean offloads, int interruptRate, String driverVersion) {
    }

    /** A workload on one device of its VM. */
    public record WorkloadSpec(String name, String device, int requestBytes, double ratePerSecond, int queueDepth,
            double readFraction, double durationSeconds, long seed) {
    }

    /**
     * A CPU-bound job on every vCPU of its VM.
     *
     * @param cpuSeconds         guest work per vCPU
     * @param timerHz            guest timer interrupts per second of guest work
     * @param ipisPerSecond      IPIs each vCPU sends per second of guest work
     * @param tlbMissesPerSecond TLB misses per second of guest work
     */
    public record ComputeSpec(String name, double cpuSeconds, double timerHz, double ipisPerSecond,
            double tlbMissesPerSecond) {
    }

    /**
     * A physical driver and where it runs; {@code domain} names its driver domain, if any, and
     * {@code domainVcpus} is that domain's vCPUs (0 without a domain).
     */
    public record DriverSpec(String name, String device, DriverPlacement placement, String domain, int domainVcpus) {
    }

    public Optional<VmSpec> vm(String vmName) {
        return vms.stream().filter(v -> v.name().equals(vmName)).findFirst();
    }

    /** The driver domain that runs the driver of a physical device, or null. */
    public String driverDomainOf(String physicalDevice) {
        return drivers.stream().filter(d -> d.device().equals(physicalDevice) && d.domain() != null)
                .map(DriverSpec::domain).findFirst().orElse(null);
    }

    /** The vCPUs of a driver domain, by name (1 when no driver names it: the model's default). */
    public int driverDomainVcpus(String domain) {
        return drivers.stream().filter(d -> domain.equals(d.domain())).mapToInt(DriverSpec::domainVcpus)
                .findFirst().orElse(1);
    }
}
