package org.vwb.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.SyntheticDeviceModel;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;

/**
 * What every {@link SyntheticDeviceModel} promises: a ring with room for a request, descriptors of some size, the
 * synthetic mode. Ring sizes of real channels are powers of two (virtio split rings, Xen I/O rings); a model of a
 * byte-oriented ring (VMBus) states the packets it holds, which need not be one.
 */
public abstract class SyntheticDeviceModelContractTest extends DeviceModelContractTest {

    @Override
    protected abstract SyntheticDeviceModel model();

    @Test
    public final void modeIsSynthetic() {
        assertEquals(DeviceMode.SYNTHETIC, model().mode());
    }

    @Test
    public final void theRingHoldsAtLeastOneRequest() {
        assertTrue(model().ringSlots() >= 1, "ringSlots " + model().ringSlots());
    }

    @Test
    public final void descriptorsHaveASize() {
        assertTrue(model().descriptorBytes() > 0, "descriptorBytes " + model().descriptorBytes());
    }

    @Test
    public final void noMoreRequestsInFlightThanTheRingHolds() {
        assertTrue(model().maxInFlight() <= model().ringSlots(),
                "maxInFlight " + model().maxInFlight() + " > ringSlots " + model().ringSlots());
    }

    @Test
    public final void atLeastOneQueuePairAndNoMoreByDefaultThanAConfigurationMayAsk() {
        assertTrue(model().queues() >= 1 && model().maxQueues() >= model().queues(),
                "queues " + model().queues() + ", maxQueues " + model().maxQueues());
    }

    @Test
    public final void theLargestMtuIsOneIpv4AllowsAndOnlyANicOffloadsFrames() {
        assertTrue(model().maxMtu() >= 68 && model().maxMtu() <= 65_535, "maxMtu " + model().maxMtu());
        if (model().kind() != DeviceKind.NETWORK) {
            assertFalse(model().segmentationOffload() || model().receiveCoalescing(),
                    "segmentation and receive offloads belong to NICs");
        }
    }
}
