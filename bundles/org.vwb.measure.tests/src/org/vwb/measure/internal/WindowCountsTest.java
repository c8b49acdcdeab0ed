package org.vwb.measure.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.measure.DeviceCount;
import org.vwb.measure.Direction;
import org.vwb.measure.MeasureException;
import org.vwb.measure.MeasureOptions;
import org.vwb.measure.MeasuredDevice;

/** QEMU's trace cut at the guest's markers, and the idle baseline taken off each window. */
class WindowCountsTest {

    private static final List<MeasuredDevice> DEVICES = List.of(MeasuredDevice.IDE, MeasuredDevice.E1000);

    @TempDir
    Path temp;

    private static String access(double seconds, String cpu, String region, String value) {
        return "7887@" + seconds + ":memory_region_ops_write cpu " + cpu + " mr 0x5643e9277800 addr 0x1f7 value "
                + value + " size 1 name '" + region + "'";
    }

    private static String marker(double seconds) {
        return access(seconds, "0", "ioport80", "0xa5");
    }

    @Test
    void accessesAreCountedPerDeviceBetweenMarkersAndOnlyTheGuestCpus() throws Exception {
        Path trace = Files.write(temp.resolve("trace.log"), List.of(
                access(0.5, "0", "ide", "0x0"), // boot: before the first marker
                marker(10), access(10.5, "0", "e1000-mmio", "0x1"), access(11, "-1", "ide", "0x0"),
                marker(12), access(12.1, "0", "ide", "0xc8"), access(12.2, "0", "piix-bmdma", "0x1"),
                access(12.3, "0", "ioport80", "0x0"), access(12.4, "0", "serial", "0x41"),
                marker(13)));

        TraceCounts counts = TraceCounts.read(trace, DEVICES);

        assertEquals(List.of(10.0, 12.0, 13.0), counts.markerSeconds());
        assertArrayEquals(new long[] { 0, 1 }, counts.windows().get(0), "QEMU's own access (cpu -1) left out");
        assertArrayEquals(new long[] { 2, 0 }, counts.windows().get(1));
    }

    @Test
    void theIdleRateTimesTheWindowIsSubtractedPerRequest() throws Exception {
        MeasureOptions options = new MeasureOptions(List.of(MeasuredDevice.IDE), 10, Optional.empty(),
                Optional.empty(), temp, Duration.ofSeconds(60));
        SerialMarks marks = new SerialMarks("6.1.0", List.of(mark("idle:begin", 0, 100), mark("idle:end", 2, 102),
                mark("ide:read:begin", 2, 102), mark("ide:read:end", 3, 113), mark("ide:write:begin", 3, 113),
                mark("ide:write:end", 4, 123)));
        // idle: 4 accesses in 2 s; each window lasts 1 s on the host
        TraceCounts trace = new TraceCounts(List.of(0.0, 2.0, 2.0, 3.0, 3.0, 4.0), List.of(new long[] { 4 },
                new long[] { 0 }, new long[] { 262 }, new long[] { 0 }, new long[] { 252 }, new long[] { 0 }));

        List<DeviceCount> counts = Harness.counts(options, marks, trace);

        DeviceCount read = counts.get(0);
        assertEquals(Direction.READ, read.direction());
        assertEquals(26.0, read.accessesPerRequest(), 1e-9, "(262 - 2 idle) / 10");
        assertEquals(1.0, read.interruptsPerRequest(), 1e-9, "(11 - 1 idle) / 10");
        assertEquals(25.0, counts.get(1).accessesPerRequest(), 1e-9);
    }

    @Test
    void markersTheTraceMissedAreRefusedNotGuessed() {
        MeasureOptions options = new MeasureOptions(List.of(MeasuredDevice.IDE), 10, Optional.empty(),
                Optional.empty(), temp, Duration.ofSeconds(60));
        SerialMarks marks = new SerialMarks("6.1.0", List.of(mark("idle:begin", 0, 0), mark("idle:end", 2, 0)));
        TraceCounts trace = new TraceCounts(List.of(0.0), List.of(new long[] { 0 }));

        MeasureException e = assertThrows(MeasureException.class, () -> Harness.counts(options, marks, trace));
        assertEquals("the guest printed 2 markers but QEMU traced 1: the counts cannot be assigned to their windows",
                e.getMessage());
    }

    @Test
    void serialLinesGiveTheKernelAndTheMarks() {
        SerialMarks marks = SerialMarks.parse("boot noise\r\nvwb-guest kernel 6.1.0-57-amd64 #1 SMP Debian\n"
                + "vwb-mark idle:begin 12.5 3 7\nvwb-mark broken\nvwb-mark idle:end 15.5 4 9\n", 2);

        assertEquals("6.1.0-57-amd64 #1 SMP Debian", marks.kernel());
        assertEquals(2, marks.marks().size());
        assertEquals(15.5, marks.marks().get(1).uptime());
        assertArrayEquals(new long[] { 4, 9 }, marks.marks().get(1).interrupts());
        assertEquals(1, marks.indexOf("idle:end"));
    }

    private static SerialMarks.Mark mark(String label, double uptime, long interrupts) {
        return new SerialMarks.Mark(label, uptime, new long[] { interrupts });
    }
}
