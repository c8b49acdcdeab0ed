package org.vwb.core.internal.spec;

import java.util.List;

import org.vwb.model.ComputeJob;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceMode;
import org.vwb.model.Host;
import org.vwb.model.PhysicalDevice;
import org.vwb.model.PhysicalDriver;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;
import org.vwb.model.Workload;

/** Reads a configuration of the live model into an immutable {@link SystemSpec}. */
public final class SpecReader {

    private SpecReader() {
    }

    public static SystemSpec read(Configuration configuration) {
        Host host = configuration.getHost();
        SystemSpec.HostSpec hostSpec = new SystemSpec.HostSpec(host.getName(), host.getCores(), host.getClockGHz(),
                host.getHardwareGeneration() == null ? "" : host.getHardwareGeneration(),
                host.getDevices().stream().map(SpecReader::physical).toList());
        List<SystemSpec.VmSpec> vms = configuration.getVirtualMachines().stream().map(vm -> vm(vm, host)).toList();
        List<SystemSpec.DriverSpec> drivers = configuration.getDrivers().stream().map(SpecReader::driver).toList();
        return new SystemSpec(configuration.getName(), hostSpec, configuration.getHypervisor().getVendorProfile(),
                configuration.getHypervisor().getDriverPlacement(),
                configuration.getParentPartition() == null ? null : configuration.getParentPartition().getName(),
                configuration.getParentPartition() == null ? host.getCores()
                        : Math.max(1, configuration.getParentPartition().getVcpus()),
                vms, drivers);
    }

    private static SystemSpec.PhysicalSpec physical(PhysicalDevice device) {
        return new SystemSpec.PhysicalSpec(device.getName(), device.getKind(),
                device.getPciId() == null ? "" : device.getPciId(), device.getBandwidthMbps(),
                device.getLatencyMicros());
    }

    private static SystemSpec.VmSpec vm(VirtualMachine vm, Host host) {
        return new SystemSpec.VmSpec(vm.getName(), vm.getVcpus(), vm.isEnlightened(),
                vm.getOperatingSystem() == null ? "" : vm.getOperatingSystem(),
                // a device of a type vwb does not model is never simulated as something it is not: left out
                vm.getDevices().stream().filter(d -> d.getMode() != DeviceMode.UNKNOWN).map(d -> device(d, host))
                        .toList(),
                vm.getWorkloads().stream().map(SpecReader::workload).toList(), compute(vm.getCompute()));
    }

    private static SystemSpec.DeviceSpec device(VirtualDevice device, Host host) {
        PhysicalDevice backing = device.getBacking();
        if (backing == null) {
            backing = host.getDevices().stream().filter(p -> p.getKind() == device.getKind()).findFirst()
                    .orElse(null);
        }
        return new SystemSpec.DeviceSpec(device.getName(), device.getKind(), device.getMode(),
                device.getDeviceModel(), backing == null ? null : backing.getName(), device.getQueues(),
                device.getMtu(), device.isOffloads(), device.getInterruptRate(),
                device.getDriverVersion() == null ? "" : device.getDriverVersion().strip());
    }

    private static SystemSpec.WorkloadSpec workload(Workload workload) {
        return new SystemSpec.WorkloadSpec(workload.getName(), workload.getDevice().getName(),
                workload.getRequestBytes(), workload.getRatePerSecond(), workload.getQueueDepth(),
                workload.getReadFraction(), workload.getDurationSeconds(), workload.getSeed());
    }

    private static SystemSpec.ComputeSpec compute(ComputeJob job) {
        return job == null ? null : new SystemSpec.ComputeSpec(job.getName(), job.getCpuSeconds(), job.getTimerHz(),
                job.getIpisPerSecond(), job.getTlbMissesPerSecond());
    }

    private static SystemSpec.DriverSpec driver(PhysicalDriver driver) {
        return new SystemSpec.DriverSpec(driver.getName(), driver.getDevice().getName(), driver.getPlacement(),
                driver.getDomain() == null ? null : driver.getDomain().getName(),
                driver.getDomain() == null ? 0 : Math.max(1, driver.getDomain().getVcpus()));
    }
}
