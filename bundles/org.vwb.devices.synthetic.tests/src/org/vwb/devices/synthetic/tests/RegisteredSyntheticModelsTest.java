package org.vwb.devices.synthetic.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vwb.testing.DeviceModelServices;

class RegisteredSyntheticModelsTest {

    @Test
    void felixScrRegistersEverySyntheticDeviceModel() throws Exception {
        Set<String> ids = DeviceModelServices.registeredIds(getClass());
        List<String> expected = List.of("netvsc", "storvsc", "vmxnet2", "vmxnet3", "pvscsi", "virtio-net",
                "virtio-blk", "virtio-scsi", "netfront", "blkfront");
        assertTrue(ids.containsAll(expected), "registered: " + ids);
    }
}
