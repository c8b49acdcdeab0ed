package org.vwb.measure.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KVM only where the device node can be opened and the processor has VT-x or AMD-V. */
class KvmModeTest {

    private static final String WITHOUT = "processor\t: 0\nvendor_id\t: GenuineIntel\n"
            + "flags\t\t: fpu vme de pse tsc msr pae mce cx8 apic sep hypervisor lahf_lm avx512f\n";
    private static final String INTEL = WITHOUT.replace("apic sep", "apic vmx sep");
    private static final String AMD = WITHOUT.replace("lahf_lm", "lahf_lm svm");

    @TempDir
    Path folder;

    @Test
    void aDeviceNodeWithoutTheProcessorsVirtualizationFlagMeansTcg() throws Exception {
        Path device = Files.writeString(folder.resolve("kvm"), "");
        assertFalse(KvmMode.available(device, Files.writeString(folder.resolve("cpuinfo"), WITHOUT)),
                "a VM without nested virtualization: the node exists, QEMU would hang under -accel kvm");
        assertFalse(KvmMode.available(device, Files.writeString(folder.resolve("cpuinfo"), WITHOUT.replace(
                "lahf_lm", "lahf_lm vmx_extra"))), "a flag that only begins with vmx is not VT-x");
    }

    @Test
    void theDeviceNodeAndVtxOrAmdVMeanKvm() throws Exception {
        Path device = Files.writeString(folder.resolve("kvm"), "");
        assertTrue(KvmMode.available(device, Files.writeString(folder.resolve("intel"), INTEL)));
        assertTrue(KvmMode.available(device, Files.writeString(folder.resolve("amd"), AMD)));
    }

    @Test
    void noDeviceNodeOrNoProcessorDescriptionMeansTcg() throws Exception {
        Path cpuinfo = Files.writeString(folder.resolve("cpuinfo"), INTEL);
        assertFalse(KvmMode.available(folder.resolve("no-kvm"), cpuinfo));
        assertFalse(KvmMode.available(Files.writeString(folder.resolve("kvm"), ""), folder.resolve("no-cpuinfo")));
    }
}
