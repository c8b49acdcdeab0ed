package org.vwb.interchange.internal;

import java.util.List;
import java.util.Map;

/**
 * One virtual machine as a reader found it.
 *
 * @param name            the VM's name in the file
 * @param platform        the hypervisor the file was written for
 * @param vcpus           virtual CPUs, at least 1
 * @param memoryMiB       memory in MiB, at least 1
 * @param operatingSystem the guest OS as the file names it, may be empty
 * @param devices         the devices, in file order
 * @param properties      what the file says about the VM that vwb does not model but an export writes back
 */
public record ImportedVm(String name, Platform platform, int vcpus, long memoryMiB, String operatingSystem,
        List<ImportedDevice> devices, Map<String, String> properties) {

    public ImportedVm {
        devices = List.copyOf(devices);
        properties = Map.copyOf(properties);
    }

    public ImportedVm(String name, Platform platform, int vcpus, long memoryMiB, String operatingSystem,
            List<ImportedDevice> devices) {
        this(name, platform, vcpus, memoryMiB, operatingSystem, devices, Map.of());
    }
}
