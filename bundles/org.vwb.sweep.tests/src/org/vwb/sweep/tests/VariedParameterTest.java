package org.vwb.sweep.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.sweep.internal.parameters.Knob;
import org.vwb.sweep.internal.parameters.ParameterException;
import org.vwb.sweep.internal.parameters.VariedParameter;

/** How {@code --vary} reads: lists, ranges, scopes, and the one-line reasons it refuses with. */
class VariedParameterTest {

    @Test
    void aCommaListKeepsItsOrderAndDropsRepeats() throws ParameterException {
        VariedParameter rate = VariedParameter.parse("rate=100,1000,10000,100");
        assertEquals(Knob.RATE, rate.path().knob());
        assertEquals(List.of("100", "1000", "10000"), rate.values());
    }

    @Test
    void aGeometricRangeMultipliesUpToItsEnd() throws ParameterException {
        assertEquals(List.of("1", "2", "4", "8", "16", "32", "64"), VariedParameter.parse("depth=1..64*2").values());
        assertEquals(List.of("500", "1000", "2000", "4000"), VariedParameter.parse("rate=500..5000*2").values());
    }

    @Test
    void anArithmeticRangeEndsOnItsLastValueDespiteBinaryFractions() throws ParameterException {
        assertEquals(List.of("0.1", "0.2", "0.3"), VariedParameter.parse("rate=0.1..0.3+0.1").values());
        assertEquals(List.of("1", "2", "3", "4"), VariedParameter.parse("vcpus=1..4+1").values());
    }

    @Test
    void scopesNarrowFromConfigurationToWorkload() throws ParameterException {
        VariedParameter model = VariedParameter.parse("vm[legacy-vm].device[net0].model=e1000,dec21140");
        assertEquals(Knob.MODEL, model.path().knob());
        assertEquals("legacy-vm", model.path().scope("vm").orElseThrow());
        assertEquals("net0", model.path().scope("device").orElseThrow());
        assertEquals(List.of("e1000", "dec21140"), model.values());
        VariedParameter rate = VariedParameter.parse("config[hyperv-2008].vm[legacy-vm].workload[web].rate=10");
        assertEquals("web", rate.path().scope("workload").orElseThrow());
    }

    @Test
    void namesMayHoldDots() throws ParameterException {
        assertEquals("esxi-3.5", VariedParameter.parse("config[esxi-3.5].vendor=vmware.esxi-8.0").path()
                .scope("config").orElseThrow());
    }

    @Test
    void modesAndPlacementsAreCheckedBeforeAnyRun() throws ParameterException {
        assertEquals(List.of("emulated", "SYNTHETIC"),
                VariedParameter.parse("device[net0].mode=emulated,SYNTHETIC").values());
        assertEquals(List.of("in-hypervisor", "parent-partition"),
                VariedParameter.parse("placement=in-hypervisor,parent-partition").values());
        refused("device[net0].mode: 'virtual' is not a device mode", "device[net0].mode=virtual");
        refused("placement: 'cloud' is not a driver placement", "placement=cloud");
    }

    @Test
    void wrongParametersAreRefusedWithTheirReason() {
        refused("speed: unknown parameter 'speed'", "speed=1,2");
        refused("rate: 'abc' is not a number", "rate=abc");
        refused("rate: rate '0' must be above 0", "rate=0");
        refused("depth: '1.5' is not a whole number", "depth=1.5");
        refused("rate: write PARAMETER=VALUE,VALUE,...", "rate");
        refused("rate: an empty value", "rate=1,,2");
        refused("depth: range '8..1*2' never reaches its end", "depth=8..1*2");
        refused("vm[x].model: a device model needs a device[NAME] step", "vm[x].model=e1000");
        refused("device[a].vm[b].vcpus: scope steps go from outer to inner", "device[a].vm[b].vcpus=1");
        refused("device[net0].vcpus: vcpus is set on a virtual machine", "device[net0].vcpus=2");
        refused("host[x].rate: 'host[x]' is not a scope step", "host[x].rate=1");
    }

    @Test
    void aRangeOfMoreThanAThousandValuesIsATypo() {
        refused("rate: more than 1000 values", "rate=1..100000+1");
    }

    private static void refused(String start, String written) {
        ParameterException e = assertThrows(ParameterException.class, () -> VariedParameter.parse(written));
        assertTrue(e.getMessage().startsWith(start),
                () -> "'" + e.getMessage() + "' should start with '" + start + "'");
    }
}
