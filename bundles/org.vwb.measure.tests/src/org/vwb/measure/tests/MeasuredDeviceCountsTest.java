package org.vwb.measure.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vwb.measure.MeasuredDevice;

/** Which traced accesses count as a device driver's: its regions, less its periodic housekeeping reads. */
class MeasuredDeviceCountsTest {

    /** Where QEMU's i440FX machine put the e1000's memory BAR in a run (any 128 KiB-aligned base works). */
    private static final long E1000_BAR = 0xfebc0000L;

    @Test
    void theE1000sStatisticsRegistersAreHousekeepingNotTheDriversPerRequestAccesses() {
        assertFalse(MeasuredDevice.E1000.counts("e1000-mmio", E1000_BAR + 0x04000), "CRCERRS");
        assertFalse(MeasuredDevice.E1000.counts("e1000-mmio", E1000_BAR + 0x040FC), "TSCTFC, the last counter");
        assertFalse(MeasuredDevice.E1000.counts("e1000-mmio", 0xfe000000L + 0x04074), "GPRC at another base");
    }

    @Test
    void everyRegisterOnARequestsPathStillCounts() {
        for (long offset : new long[] { 0x00008, 0x000C0, 0x000D0, 0x000D8, 0x02818, 0x03818, 0x04100 }) {
            assertTrue(MeasuredDevice.E1000.counts("e1000-mmio", E1000_BAR + offset), Long.toHexString(offset));
        }
        assertTrue(MeasuredDevice.E1000.counts("e1000-io", 0xc000), "the I/O BAR is not filtered");
        assertTrue(MeasuredDevice.RTL8139.counts("rtl8139", 0xc100 + 0x4C), "other devices keep every access");
    }

    @Test
    void anotherDevicesRegionNeverCounts() {
        assertFalse(MeasuredDevice.E1000.counts("rtl8139", E1000_BAR));
        assertFalse(MeasuredDevice.IDE.counts("e1000-mmio", E1000_BAR + 0xC0));
    }
}
