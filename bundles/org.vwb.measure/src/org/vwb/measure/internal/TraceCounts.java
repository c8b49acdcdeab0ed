package org.vwb.measure.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.vwb.measure.MeasuredDevice;

/**
 * QEMU's trace of {@code memory_region_ops_read/write} (log back end, {@code -msg timestamp=on}) cut into windows
 * at the guest's markers: for each window between two markers, the accesses the guest's CPU made to each device's
 * memory regions, and the markers' host times. Accesses QEMU makes itself (an interrupt controller writing an MSI,
 * "cpu -1") are not the guest's and are left out, and so are a device's periodic housekeeping reads
 * ({@link MeasuredDevice#counts}).
 *
 * @param markerSeconds host time of each marker
 * @param windows       {@code windows.get(i)[d]}: accesses to device {@code d} between marker i and i + 1
 */
record TraceCounts(List<Double> markerSeconds, List<long[]> windows) {

    static TraceCounts read(Path trace, List<MeasuredDevice> devices) throws IOException {
        List<Double> markers = new ArrayList<>();
        List<long[]> windows = new ArrayList<>();
        long[] current = null;
        try (BufferedReader reader = Files.newBufferedReader(trace, StandardCharsets.ISO_8859_1)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int event = line.indexOf(":memory_region_ops_");
                if (event < 0 || line.contains(" cpu -1 ")) {
                    continue;
                }
                String region = region(line);
                if ("ioport80".equals(region) && line.contains(" value " + GuestScript.MARKER_TEXT + " ")) {
                    markers.add(seconds(line, event));
                    current = new long[devices.size()];
                    windows.add(current);
                } else if (current != null) {
                    for (int d = 0; d < devices.size(); d++) {
                        if (devices.get(d).counts(region, address(line))) {
                            current[d]++;
                        }
                    }
                }
            }
        }
        return new TraceCounts(List.copyOf(markers), List.copyOf(windows));
    }

    /** The "addr 0x..." field of a memory_region_ops line: the absolute address; -1 when absent. */
    static long address(String line) {
        int start = line.indexOf(" addr 0x");
        if (start < 0) {
            return -1;
        }
        int from = start + " addr 0x".length();
        int end = line.indexOf(' ', from);
        try {
            return Long.parseUnsignedLong(line.substring(from, end < 0 ? line.length() : end), 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String region(String line) {
        int start = line.lastIndexOf(" name '");
        int end = line.lastIndexOf('\'');
        return start < 0 || end <= start + 7 ? "" : line.substring(start + 7, end);
    }

    /** The "pid@seconds.micros:" prefix of the log back end with timestamps. */
    private static double seconds(String line, int event) {
        int at = line.indexOf('@');
        return at < 0 || at > event ? Double.NaN : Double.parseDouble(line.substring(at + 1, event));
    }
}
