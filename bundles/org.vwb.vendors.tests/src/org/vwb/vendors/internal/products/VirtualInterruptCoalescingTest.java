package org.vwb.vendors.internal.products;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.InterruptModeration;
import org.vwb.core.api.VendorProfile;
import org.vwb.testing.core.StandIns;

/**
 * vIC, ESX's virtual interrupt coalescing: the ESX 4.0 and 8.0 profiles apply it to their virtual SCSI
 * controllers by default; other products, and ESX 3.5 before it, leave a controller its own moderation.
 */
class VirtualInterruptCoalescingTest {

    private static final long MS = 1_000_000;
    private static final long HELD = InterruptModeration.UNTIL_NEXT_COMPLETION;

    /**
     * A controller whose own moderation is {@code own} whatever the rate, so what a profile answers is visible: a
     * stand-in under the controller's id (a profile goes by the id alone).
     */
    private static DeviceModel controller(String id, InterruptModeration own) {
        return new StandIns.Nic(id) {
            @Override
            public InterruptModeration interruptModeration(int rate) {
                return own;
            }
        };
    }

    /** vIC after an epoch of {@code iops} I/Os a second: what each of {@code completions} completions is told. */
    private static List<Long> vic(String controller, int iops, int inDevice, int completions) {
        InterruptModeration vic = new Esxi40Profile().interruptModeration(controller(controller, null), -1);
        vic.holdNanos(0, Long.MIN_VALUE, 1, inDevice); // opens the first 200 ms epoch
        vic.handled(iops / 5, 0); // the epoch's completions
        List<Long> holds = new ArrayList<>();
        for (int i = 0; i < completions; i++) {
            holds.add(vic.holdNanos(200 * MS + i, 0, i + 1, inDevice));
        }
        return holds;
    }

    @Test
    void vicDeliversOneInterruptPerCifOverFourCompletionsAtHighRates() {
        // 32 commands in flight at 20,000 I/Os a second: one interrupt per 8 completions, no timer
        List<Long> oneInEight = List.of(HELD, HELD, HELD, HELD, HELD, HELD, HELD, 0L, HELD);
        assertEquals(oneInEight, vic("pvscsi", 20_000, 32, 9));
        assertEquals(oneInEight, vic("lsilogic", 20_000, 32, 9), "the emulated LSI Logic alike");
    }

    @Test
    void vicNeverHoldsTrickleOrShallowIo() {
        assertEquals(List.of(0L, 0L, 0L), vic("lsilogic", 1_000, 32, 3), "below 2,000 I/Os a second");
        assertEquals(List.of(0L, 0L, 0L), vic("lsilogic", 20_000, 3, 3), "below 4 commands in flight");
        assertEquals(List.of(0L, 0L, 0L), vic("lsilogic", 20_000, 1, 3), "one I/O at a time is never held");
        assertEquals(0, new Esxi40Profile().interruptModeration(controller("lsilogic", null), -1)
                .holdNanos(0, Long.MIN_VALUE, 1, 64), "before the first epoch has a rate, nothing is held");
    }

    @Test
    void esxCoalescesEachOfItsVirtualScsiControllersByDefaultOnly() {
        InterruptModeration own = InterruptModeration.ratePerSecond(1_000);
        for (VendorProfile esx : List.of(new Esxi40Profile(), new Esxi80Profile())) {
            for (String id : List.of("pvscsi", "lsilogic", "lsisas", "buslogic")) {
                assertNotSame(own, esx.interruptModeration(controller(id, own), -1), esx.id() + " " + id);
                // interruptRate 0 (off) or a cap is the device's own, as for every device
                assertSame(own, esx.interruptModeration(controller(id, own), 0), esx.id() + " " + id);
                assertSame(own, esx.interruptModeration(controller(id, own), 5_000), esx.id() + " " + id);
            }
            assertSame(own, esx.interruptModeration(controller("e1000", own), -1), "vIC is for SCSI controllers");
            assertSame(own, esx.interruptModeration(controller("nvme", own), -1), "and not the NVMe controller");
        }
    }

    @Test
    void theSameControllersElsewhereKeepTheirOwnModeration() {
        InterruptModeration own = InterruptModeration.NONE;
        // VirtualBox emulates LSI Logic, LSI Logic SAS and BusLogic; Workstation BusLogic; ESX 3.5 predates vIC
        for (VendorProfile other : List.of(new VirtualBoxProfile(), new WorkstationProfile(), new Esxi35Profile(),
                new KvmQemuProfile(), new HyperV2008Profile())) {
            for (String id : List.of("lsilogic", "lsisas", "buslogic")) {
                assertSame(own, other.interruptModeration(controller(id, own), -1), other.id() + " " + id);
            }
        }
    }
}
