package org.vwb.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.ContextKind;
import org.vwb.core.ContextResult;
import org.vwb.core.DeviceResult;
import org.vwb.core.LatencySummary;
import org.vwb.core.RunResult;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;

/** The live dashboard's series: per-interval rates from cumulative snapshots, robust to a swapped device. */
class LiveHistoryTest {

    @Test
    void throughputIsPerIntervalNotSinceTheStart() {
        LiveHistory history = new LiveHistory();
        history.add(snapshot(1, 1000, 2, 0.5));
        history.add(snapshot(2, 3000, 2, 1.5));
        assertArrayEquals(new double[] { 1000, 2000 }, history.throughput().get(0).y(), 1e-9);
        assertArrayEquals(new double[] { 1, 2 }, history.throughput().get(0).x(), 1e-9);
    }

    @Test
    void exitsPerRequestAndBusyCoresComeFromTheIntervalsDifferences() {
        LiveHistory history = new LiveHistory();
        history.add(snapshot(1, 1000, 2, 0.5));
        history.add(snapshot(2, 3000, 3, 1.5));
        // interval 2: 3 * 3000 - 2 * 1000 = 7000 exits for 2000 requests
        assertEquals(3.5, history.exitsPerRequest().get(0).y()[1], 1e-9);
        assertEquals(1.0, history.busyCores().get(0).y()[1], 1e-9);
    }

    @Test
    void aDeviceThatStartsCountingAfreshAfterASwapDoesNotGiveNegativeRates() {
        LiveHistory history = new LiveHistory();
        history.add(snapshot(1, 5000, 2, 0.5));
        history.add(snapshot(2, 800, 1, 0.9));
        assertEquals(800, history.throughput().get(0).y()[1], 1e-9);
    }

    @Test
    void aSnapshotThatDidNotMoveTimeIsIgnored() {
        LiveHistory history = new LiveHistory();
        history.add(snapshot(1, 1000, 2, 0.5));
        history.add(snapshot(1, 1000, 2, 0.5));
        assertEquals(1, history.size());
    }

    private static RunResult snapshot(double seconds, long completed, double exitsPerRequest, double hypervisorCpu) {
        DeviceResult device = new DeviceResult("vm", "net0", "netvsc", DeviceKind.NETWORK, DeviceMode.SYNTHETIC,
                "running", completed, completed, 0, 0, 0, 0, LatencySummary.EMPTY, exitsPerRequest, 0, 0, 0, 0,
                Map.of());
        return new RunResult("c", "v", DriverPlacement.PARENT_PARTITION, "", (long) (seconds * 1e9), 0,
                RunResult.Status.RUNNING, "", List.of(device),
                List.of(new ContextResult(ContextKind.HYPERVISOR, "hypervisor", hypervisorCpu, 0)), List.of());
    }
}
