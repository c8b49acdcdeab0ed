package org.vwb.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.ContextKind;
import org.vwb.model.DeviceKind;
import org.vwb.model.DriverPlacement;
import org.vwb.report.EntrySummary;
import org.vwb.report.KindLatency;
import org.vwb.report.SummaryTable;
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
    void mergedPercentilesAreTheMidpointOfTheBucketHoldingTheRankLikePerDeviceFigures() {
        // per device: 50 requests under 20 us, 900 under 40, 45 under 160, 5 under 800; a bucket is an eighth
        // of its power of two wide, so the 40 us bucket (in 32.8-65.5 us) spans 37.9-40 us
        assertEquals(40 - 4.096 / 2, summary.p50Micros(), 1e-9);
        assertEquals(40 - 4.096 / 2, summary.p95Micros(), 1e-9);
        assertEquals(160 - 16.384 / 2, summary.p99Micros(), 1e-9);
    }

    @Test
    void aNicAndADiskAreReportedPerKindNeverMerged() {
        // the NIC's 99th percentile sits at 10 us; with the disk's 1,000 requests at 5 ms merged in, it would be 5 ms
        EntrySummary mixed = EntrySummary.of(Devices.comparison(
                Devices.device("vm", "net0", DeviceKind.NETWORK, 9.7, 9.7, 10, 1000),
                Devices.device("vm", "disk0", DeviceKind.BLOCK, 4900, 4900, 5000, 1000)).entries().get(0));
        assertEquals(List.of(DeviceKind.NETWORK, DeviceKind.BLOCK), List.copyOf(mixed.latencyByKind().keySet()));
        KindLatency nic = mixed.latencyByKind().get(DeviceKind.NETWORK);
        assertEquals(9.7, nic.p99Micros(), 1e-9, "one device of a kind reports its own figure");
        assertEquals(4900, mixed.latencyByKind().get(DeviceKind.BLOCK).p99Micros(), 1e-9);
        assertEquals(1, nic.devices());
    }

    @Test
    void twoDevicesOfAKindMergeTheirBucketsWithTheSameMidpointEstimator() {
        // 990 requests in the bucket ending at 2^14 ns (15.36-16.38 us), 10 in the one ending at 2^16 ns
        EntrySummary two = EntrySummary.of(Devices.comparison(
                Devices.device("a", "net0", DeviceKind.NETWORK, 15, 15, 16.384, 990),
                Devices.device("b", "net0", DeviceKind.NETWORK, 60, 60, 65.536, 10)).entries().get(0));
        KindLatency nic = two.latencyByKind().get(DeviceKind.NETWORK);
        assertEquals(2, nic.devices());
        assertEquals(16.384 - 0.512, nic.p99Micros(), 1e-9);
        assertEquals(16.384 - 0.512, nic.p50Micros(), 1e-9);
    }

    @Test
    void latencyFiguresShowTheTwoSignificantDigitsTheHistogramSupports() {
        assertEquals("1,200", SummaryTable.latency(1234.5));
        assertEquals("23", SummaryTable.latency(23.4));
        assertEquals("4.6", SummaryTable.latency(4.56));
        assertEquals("0.46", SummaryTable.latency(0.4567));
        assertEquals("-", SummaryTable.latency(Double.NaN));
    }

    @Test
    void staticFiguresComeFromTheEntrysVendor() {
        assertEquals(32e6 * 60, summary.footprintBytes(), 1);
        assertEquals(2, summary.driversAvailable());
        assertEquals(2, summary.vmsAffected());
    }
}
