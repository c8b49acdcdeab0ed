package org.vwb.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.model.Model;
import org.vwb.model.VwbFactory;
import org.vwb.model.persistence.ModelFiles;
import org.vwb.model.validation.Finding;
import org.vwb.model.validation.ModelValidation;
import org.vwb.testing.Examples;

class ModelValidationTest {

    private static List<Finding> findings(String example) throws Exception {
        return ModelValidation.validate(ModelFiles.load(Examples.path(example)));
    }

    private static Finding only(List<Finding> findings, Finding.Severity severity) {
        List<Finding> matching = findings.stream().filter(f -> f.severity() == severity).toList();
        assertEquals(1, matching.size(), () -> "expected one " + severity + ": " + findings);
        return matching.get(0);
    }

    @Test
    void bundledValidExamplesHaveNoFinding() throws Exception {
        for (String example : List.of("seed/esx-vs-hyperv.vwb", "hosted/kvm-virtio-vs-e1000.vwb",
                "hosted/xen-driver-domain.vwb")) {
            assertEquals(List.of(), findings(example), example);
        }
    }

    @Test
    void syntheticDeviceInAGuestThatIsNotEnlightenedIsAnError() throws Exception {
        Finding f = only(findings("invalid/synthetic-in-legacy-guest.vwb"), Finding.Severity.ERROR);
        assertEquals("configuration 'hyperv-2008' / virtual machine 'legacy-vm' / virtual device 'net0'", f.path());
        assertTrue(f.reason().contains("not enlightened"), f.reason());
    }

    @Test
    void usedPhysicalDeviceWithoutADriverInThePlacementIsAnError() throws Exception {
        List<Finding> all = findings("invalid/missing-driver.vwb");
        assertTrue(all.stream().allMatch(f -> f.path().equals("host 'poweredge-2950' / physical device 'hba0'")
                && f.reason().contains("no driver in placement PARENT_PARTITION")), all.toString());
        assertEquals(2, all.size(), "both VMs' disks are reported: " + all);
    }

    @Test
    void valuesOutOfRangeAreNamed() throws Exception {
        List<Finding> all = findings("invalid/out-of-range.vwb");
        assertTrue(all.stream().anyMatch(f -> f.path().equals("host 'poweredge-2950'")
                && f.reason().equals("cores 0 is out of range (1 to 4,096 cores)")), all.toString());
        assertTrue(all.stream().anyMatch(f -> f.path().endsWith("workload 'db'")
                && f.reason().equals("readFraction 1.7 is out of range (0 to 1)")), all.toString());
    }

    @Test
    void vcpuOvercommitBeyondTheLimitIsAWarningNotAnError() throws Exception {
        List<Finding> all = findings("warnings/overcommitted.vwb");
        Finding f = only(all, Finding.Severity.WARNING);
        assertTrue(f.reason().contains("overcommits vCPUs 3.0:1"), f.reason());
        assertFalse(ModelValidation.hasErrors(all));
    }

    @Test
    void missingRequiredValuesAndDuplicateNamesAreReported() {
        Model model = VwbFactory.eINSTANCE.createModel();
        model.setName("m");
        var a = VwbFactory.eINSTANCE.createHost();
        a.setName("h");
        var b = VwbFactory.eINSTANCE.createHost();
        b.setName("h");
        var configuration = VwbFactory.eINSTANCE.createConfiguration();
        configuration.setName("c");
        model.getHosts().addAll(List.of(a, b));
        model.getConfigurations().add(configuration);
        List<Finding> all = ModelValidation.validate(model);
        assertTrue(all.stream().anyMatch(f -> f.reason().contains("two hosts named 'h'")), all.toString());
        assertTrue(all.stream().anyMatch(f -> f.path().equals("configuration 'c'") && f.reason().contains("host")),
                all.toString());
        assertTrue(all.stream().anyMatch(f -> f.path().equals("configuration 'c'")
                && f.reason().contains("hypervisor")), all.toString());
    }

    @Test
    void workloadThatIssuesNothingIsAnError() throws Exception {
        Model model = ModelFiles.load(Examples.path("seed/esx-vs-hyperv.vwb"));
        var web = model.getConfigurations().get(0).getVirtualMachines().get(0).getWorkloads().get(0);
        web.setRatePerSecond(0);
        Finding f = only(ModelValidation.validate(model), Finding.Severity.ERROR);
        assertTrue(f.reason().contains("issues no request"), f.reason());
    }
}
