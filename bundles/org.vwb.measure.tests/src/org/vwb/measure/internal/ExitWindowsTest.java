package org.vwb.measure.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.vwb.measure.Direction;
import org.vwb.measure.ExitCount;
import org.vwb.measure.MeasureOptions;
import org.vwb.measure.MeasuredDevice;

/** KVM's counters cut at the guest's marks, with the idle rate subtracted, per request. */
class ExitWindowsTest {

    private static final long SECOND = 1_000_000_000L;
    private static final MeasureOptions OPTIONS = new MeasureOptions(List.of(MeasuredDevice.of("e1000")), 100,
            Optional.empty(), Optional.empty(), Path.of("/tmp"), Duration.ofSeconds(1));

    private static ExitSampler.Sample at(String label, long seconds, long exits, long io) {
        return new ExitSampler.Sample(label, seconds * SECOND, Map.of("exits", exits, "io_exits", io));
    }

    @Test
    void eachWindowLosesWhatTheIdleRateWouldHaveCountedInIt() {
        List<ExitSampler.Sample> samples = List.of(at("idle:begin", 0, 100, 0), at("idle:end", 2, 120, 0),
                at("e1000:write:begin", 3, 130, 0), at("e1000:write:end", 5, 850, 600),
                at("e1000:read:begin", 6, 900, 600), at("e1000:read:end", 7, 1510, 1200));
        List<ExitCount> counts = ExitWindows.perRequest(samples, OPTIONS);
        assertEquals(2, counts.size());
        ExitCount read = counts.stream().filter(c -> c.direction() == Direction.READ).findFirst().orElseThrow();
        ExitCount write = counts.stream().filter(c -> c.direction() == Direction.WRITE).findFirst().orElseThrow();
        assertEquals((720 - 10 * 2) / 100.0, write.of("exits"), 1e-9); // 10 exits a second while idle
        assertEquals(6.0, write.of("io_exits"), 1e-9);
        assertEquals((610 - 10) / 100.0, read.of("exits"), 1e-9);
        assertTrue(ExitWindows.line(true, new ExitSampler.Result(samples, ""), counts).startsWith(
                "real VM exits: read from KVM's own counters"));
    }

    @Test
    void aMissingWindowOrNoCountersGiveNoFiguresAndTheLineSaysWhy() {
        List<ExitSampler.Sample> cut = new ArrayList<>(List.of(at("idle:begin", 0, 100, 0), at("idle:end", 2, 120,
                0), at("e1000:write:begin", 3, 130, 0)));
        assertEquals(List.of(), ExitWindows.perRequest(cut, OPTIONS));
        assertEquals("real VM exits: not read (QMP: QEMU closed its QMP socket)", ExitWindows.line(true,
                new ExitSampler.Result(cut, "QMP: QEMU closed its QMP socket"), List.of()));
        List<ExitSampler.Sample> none = List.of(new ExitSampler.Sample("idle:begin", 0, Map.of()));
        assertEquals(List.of(), ExitWindows.perRequest(none, OPTIONS));
        assertTrue(ExitWindows.line(true, new ExitSampler.Result(none, ""), List.of()).contains(
                "offered no KVM counters"));
        assertEquals("real VM exits: skipped (no usable /dev/kvm: the guest ran under TCG, which has no VM exits; "
                + "QMP query-stats answered with no KVM counters)", ExitWindows.line(false,
                        new ExitSampler.Result(none, ""), List.of()));
    }
}
