package org.vwb.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EcorePackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.model.Configuration;
import org.vwb.model.Model;
import org.vwb.model.VwbPackage;
import org.vwb.model.persistence.ModelFiles;
import org.vwb.model.validation.Finding;
import org.vwb.model.validation.ModelValidation;
import org.vwb.model.validation.ValueRanges;
import org.vwb.testing.Examples;

/** Values that parse but would break a run are refused by validation, naming the element and the range. */
class ValueRangesTest {

    @TempDir
    Path temp;

    @Test
    void everyNumericAttributeOfTheMetamodelHasAFiniteRangeExceptSeeds() {
        VwbPackage p = VwbPackage.eINSTANCE;
        Set<EAttribute> free = Set.of(p.getWorkload_Seed(), p.getScenario_Seed());
        Set<?> numeric = Set.of(EcorePackage.Literals.EINT, EcorePackage.Literals.ELONG, EcorePackage.Literals.EDOUBLE);
        for (var classifier : p.getEClassifiers()) {
            if (classifier instanceof EClass c) {
                for (EAttribute attribute : c.getEAttributes()) {
                    if (numeric.contains(attribute.getEType()) && !free.contains(attribute)) {
                        var range = ValueRanges.of(attribute);
                        assertTrue(range.isPresent(), c.getName() + "." + attribute.getName() + " has a range");
                        assertTrue(Double.isFinite(range.get().min()) && Double.isFinite(range.get().max()),
                                attribute.getName());
                    }
                }
            }
        }
    }

    @Test
    void infiniteHugeAndNotANumberValuesAreRefusedNamingTheElement() throws Exception {
        assertOnlyError("durationSeconds=\"60.0\"", "durationSeconds=\"Infinity\"", "scenario 'seed-comparison'",
                "durationSeconds Infinity is out of range (above 0 to 1,000,000 s)");
        assertOnlyError("durationSeconds=\"60.0\"", "durationSeconds=\"1e300\"", "scenario 'seed-comparison'",
                "durationSeconds 1.0E300 is out of range");
        assertOnlyError("clockGHz=\"2.66\"", "clockGHz=\"NaN\"", "host 'poweredge-2950'", "clockGHz NaN");
        assertOnlyError("clockGHz=\"2.66\"", "clockGHz=\"Infinity\"", "host 'poweredge-2950'", "clockGHz Infinity");
        assertError("ratePerSecond=\"2000.0\"", "ratePerSecond=\"Infinity\"",
                "configuration 'esxi-3.5' / virtual machine 'enlightened-vm' / workload 'web'", "ratePerSecond Infinity");
        assertError("queueDepth=\"4\"", "queueDepth=\"2147483647\"",
                "configuration 'esxi-3.5' / virtual machine 'enlightened-vm' / workload 'db'",
                "queueDepth 2147483647 is out of range (0 to 65,536 requests)");
    }

    @Test
    void aRateTooHighForTheEngineIsRefusedPerWorkloadAndPerConfiguration() throws Exception {
        List<Finding> findings = findings("ratePerSecond=\"2000.0\"", "ratePerSecond=\"1e12\"");
        assertTrue(findings.stream().anyMatch(f -> f.path().endsWith("workload 'web'")
                && f.reason().startsWith("ratePerSecond 1.0E12 is out of range")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.path().equals("configuration 'esxi-3.5'")
                && f.reason().contains("requests/s together")), findings.toString());
    }

    @Test
    void formatVersionOtherThanTheSupportedOneIsRefused() throws Exception {
        assertOnlyError("name=\"esx-vs-hyperv\"", "name=\"esx-vs-hyperv\" formatVersion=\"9.9\"", "model",
                "formatVersion '9.9' is not supported; this vwb reads and writes format version 1.0");
    }

    @Test
    void hugeVcpuCountsDoNotOverflowTheOvercommitSum() throws Exception {
        Model model = ModelFiles.load(Examples.path("seed/esx-vs-hyperv.vwb"));
        Configuration esx = model.getConfigurations().get(0);
        esx.getVirtualMachines().forEach(vm -> vm.setVcpus(Integer.MAX_VALUE));
        List<Finding> findings = ModelValidation.validate(model);
        assertTrue(findings.stream().anyMatch(f -> f.severity() == Finding.Severity.WARNING
                && f.reason().contains("(4294967294 vCPUs on 8 cores)")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.reason().startsWith("vcpus 2147483647 is out of range")),
                findings.toString());
    }

    @Test
    void valuesAtTheEdgesOfTheirRangesAreValid() throws Exception {
        Model model = ModelFiles.load(Examples.path("seed/esx-vs-hyperv.vwb"));
        var web = model.getConfigurations().get(0).getVirtualMachines().get(0).getWorkloads().get(0);
        web.setRatePerSecond(ValueRanges.of(VwbPackage.Literals.WORKLOAD__RATE_PER_SECOND).get().max()
                - model.getConfigurations().get(0).getVirtualMachines().get(1).getWorkloads().stream()
                        .mapToDouble(w -> w.getRatePerSecond()).sum());
        model.getScenarios().get(0).setDurationSeconds(ValueRanges.MAX_SECONDS);
        model.getHosts().get(0).setClockGHz(10);
        assertFalse(ModelValidation.hasErrors(ModelValidation.validate(model)),
                ModelValidation.validate(model).toString());
    }

    private List<Finding> findings(String from, String to) throws Exception {
        return ModelValidation.validate(ModelFiles.load(SeedText.withFirst(temp, from, to)));
    }

    private void assertError(String from, String to, String path, String reason) throws Exception {
        List<Finding> findings = findings(from, to);
        assertTrue(findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR && f.path().equals(path)
                && f.reason().startsWith(reason)), findings.toString());
    }

    private void assertOnlyError(String from, String to, String path, String reason) throws Exception {
        List<Finding> errors = findings(from, to).stream().filter(f -> f.severity() == Finding.Severity.ERROR)
                .toList();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(path, errors.get(0).path(), errors.toString());
        assertTrue(errors.get(0).reason().startsWith(reason), errors.toString());
    }
}
