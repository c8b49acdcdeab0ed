package org.vwb.devices.synthetic.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.SyntheticDeviceModel;
import org.vwb.devices.synthetic.internal.Blkfront;
import org.vwb.devices.synthetic.internal.Netfront;
import org.vwb.devices.synthetic.internal.Netvsc;
import org.vwb.devices.synthetic.internal.Storvsc;
import org.vwb.devices.synthetic.internal.VirtioBlk;
import org.vwb.devices.synthetic.internal.VirtioNet;
import org.vwb.devices.synthetic.internal.VirtioScsi;
import org.vwb.devices.synthetic.internal.Vmxnet3;

class SyntheticChannelsTest {

    @Test
    void netvscCopiesIntoItsBuffersWhileStorvscPassesPageLists() {
        assertTrue(new Netvsc().copiesPayload());
        assertFalse(new Storvsc().copiesPayload());
    }

    @Test
    void netbackGrantCopiesWhileBlkbackGrantMaps() {
        assertTrue(new Netfront().copiesPayload());
        assertFalse(new Blkfront().copiesPayload());
    }

    @Test
    void virtioSplitRingsHold256SixteenByteDescriptors() {
        for (SyntheticDeviceModel virtio : List.of(new VirtioNet(), new VirtioBlk(), new VirtioScsi())) {
            assertEquals(256, virtio.ringSlots(), virtio.id());
            assertEquals(16, virtio.descriptorBytes(), virtio.id());
            assertTrue(virtio.suppressesNotifications(), virtio.id() + " negotiates EVENT_IDX");
        }
    }

    @Test
    void xenRingsFillOnePage() {
        assertEquals(256, new Netfront().ringSlots());
        assertEquals(32, new Blkfront().ringSlots());
        assertTrue(new Netfront().ringSlots() * new Netfront().descriptorBytes() <= 4096);
        assertTrue(new Blkfront().ringSlots() * new Blkfront().descriptorBytes() <= 4096);
    }

    @Test
    void vmxnet3TransmitRingHas512Descriptors() {
        assertEquals(512, new Vmxnet3().ringSlots());
    }
}
