package org.vwb.devices.emulated.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vwb.testing.DeviceModelServices;

class RegisteredEmulatedModelsTest {

    @Test
    void felixScrRegistersEveryEmulatedDeviceModel() throws Exception {
        Set<String> ids = DeviceModelServices.registeredIds(getClass());
        List<String> expected = List.of("dec21140", "e1000", "e1000e", "vlance", "rtl8139", "ne2k_pci", "ide", "cdrom",
                "ahci", "nvme", "lsilogic", "lsisas", "buslogic", "floppy");
        assertTrue(ids.containsAll(expected), "registered: " + ids);
    }
}
