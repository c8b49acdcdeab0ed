package org.vwb.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.vwb.core.ContextKind;
import org.vwb.model.DriverPlacement;
import org.vwb.report.EntrySummary;
import org.vwb.testing.SampleComparisons;

class EntrySummaryTest {

    private final EntrySummary summary = EntrySummary.of(SampleComparisons.entry("e", DriverPlacement.IN_HYPERVISOR, 2));

    @Test
    void perRequestFiguresAreAveragedOverDevicesWeightedByCompletedRequests() {
        assertEquals(2000, summary.completed());
        assertEquals((16 + 2) / 2.0, summary.exitsPerRequest(), 1e-9);
        assertEquals((48 + 6) / 2.0, summary.cpuMicrosPerRequest().get(ContextKind.HYPERVISOR), 1e-9);
        assertEquals(0.0, summary.cpuMicrosPerRequest().get(ContextKind.DRIVER_DOMAIN), 1e-9);
    }

    @Test
    void percentilesComeFromTheMergedHistogramsNotFromAveragedPercentiles() {
        // per device: 50 requests under 20 us, 900 under 40, 45 under 160, 5 under 800
        assertEquals(40, summary.p50Micros(), 1e-9);
        assertEquals(40, summary.p95Micros(), 1e-9);
        assertEquals(160, summary.p99Micros(), 1e-9);
    }

    @Test
    void staticFiguresComeFromTheEntrysVendor() {
        assertEquals(32e6 * 60, summary.footprintBytes(), 1);
        assertEquals(2, summary.driversAvailable());
        assertEquals(2, summary.vmsAffected());
    }
}
