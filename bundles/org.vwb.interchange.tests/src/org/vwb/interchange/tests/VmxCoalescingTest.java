package org.vwb.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.interchange.ImportResult;
import org.vwb.interchange.Interchange;
import org.vwb.model.VirtualDevice;

/** A .vmx file's vmxnet3 interrupt coalescing (ethernetN.coalescingScheme, coalescingParams) becomes interruptRate. */
class VmxCoalescingTest {

    @TempDir
    Path temp;

    private final Interchange interchange = Interchange.builtIn();

    private ImportResult vmx(String nicLines) throws Exception {
        Path file = Files.writeString(temp.resolve("nic.vmx"), "config.version = \"8\"\nvirtualHW.version = \"19\"\n"
                + "numvcpus = \"2\"\nmemSize = \"2048\"\nguestOS = \"ubuntu-64\"\nethernet0.present = \"TRUE\"\n"
                + nicLines);
        return interchange.importFile(file);
    }

    private static VirtualDevice nic(ImportResult result) {
        return result.model().getConfigurations().get(0).getVirtualMachines().get(0).getDevices().get(0);
    }

    @Test
    void rateBasedCoalescingAtAGivenRateBecomesTheDevicesInterruptRate() throws Exception {
        VirtualDevice nic = nic(vmx("ethernet0.virtualDev = \"vmxnet3\"\nethernet0.coalescingScheme = \"rbc\"\n"
                + "ethernet0.coalescingParams = \"16000\"\n"));
        assertEquals(16_000, nic.getInterruptRate());
        assertTrue(!nic.getSourceProperties().containsKey("interruptRate"), nic.getSourceProperties().toString());
    }

    @Test
    void disabledCoalescingTurnsModerationOffAndNoKeyLeavesTheDefault() throws Exception {
        assertEquals(0, nic(vmx("ethernet0.virtualDev = \"vmxnet3\"\nethernet0.coalescingScheme = \"disabled\"\n"))
                .getInterruptRate());
        assertEquals(-1, nic(vmx("ethernet0.virtualDev = \"vmxnet3\"\n")).getInterruptRate());
    }

    @Test
    void aSchemeVwbDoesNotModelKeepsTheDefaultWithAWarningNamingTheKey() throws Exception {
        ImportResult result = vmx("ethernet0.virtualDev = \"vmxnet3\"\nethernet0.coalescingScheme = \"static\"\n");
        assertEquals(-1, nic(result).getInterruptRate());
        assertTrue(result.warnings().stream().anyMatch(w -> w.element().equals("ethernet0.coalescingScheme")
                && w.message().contains("static")), result.warnings().toString());
    }

    @Test
    void aRateTheProductRefusesStaysASourcePropertyAndTheDeviceKeepsItsDefaultWithAWarningNamingTheKey() throws Exception {
        for (String rate : new String[] { "50", "abc", "99999999999" }) {
            ImportResult result = vmx("ethernet0.virtualDev = \"vmxnet3\"\nethernet0.coalescingParams = \"" + rate
                    + "\"\n");
            VirtualDevice nic = nic(result);
            assertEquals(-1, nic.getInterruptRate(), rate);
            assertEquals(rate, nic.getSourceProperties().get("interruptRate"));
            assertTrue(result.warnings().stream().anyMatch(w -> w.element().equals("ethernet0.coalescingParams")
                    && w.message().contains("'" + rate + "'")), result.warnings().toString());
        }
    }
}
