package org.vwb.live.internal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.vwb.core.DeviceResult;
import org.vwb.core.RunResult;
import org.vwb.core.SwapRecord;

/**
 * One line per change set and per run summary, as text for people or JSON for scripts (one object per line,
 * {@code record} telling which), the same for {@code vwb watch} and the shell's {@code vwb:} commands.
 */
final class SwapLines {

    /**
     * What every JSON line starts with (docs/watch.schema.json): a script that reads the stream checks the version
     * once per line, since lines may be filtered; raised when a field is renamed or removed.
     */
    static final int SCHEMA_VERSION = 1;
    private static final String LINE_HEADER = "\"report\":\"vwb-watch\",\"schemaVersion\":" + SCHEMA_VERSION + ",";

    private SwapLines() {
    }

    static String text(SwapRecord swap) {
        if (swap.applied()) {
            return String.format(Locale.ROOT, "applied at %s (devices quiesced %s): %s", seconds(swap.appliedAtNanos()),
                    micros(swap.quiescedNanos()), swap.changes().isEmpty() ? "no change" : String.join("; ",
                            swap.changes()));
        }
        return "refused at " + seconds(swap.requestedAtNanos()) + ": " + swap.reason();
    }

    static String json(SwapRecord swap) {
        return "{" + LINE_HEADER + "\"record\":\"change\",\"applied\":" + swap.applied()
                + ",\"requestedAtNanos\":" + swap.requestedAtNanos()
                + ",\"appliedAtNanos\":" + swap.appliedAtNanos() + ",\"quiescedNanos\":" + swap.quiescedNanos()
                + ",\"changes\":" + array(swap.changes()) + ",\"reason\":" + string(swap.reason()) + "}";
    }

    /** @param plannedNanos the run's duration: a run that ended before it was stopped, not completed */
    static String summaryText(RunResult end, long plannedNanos) {
        long applied = end.swaps().stream().filter(SwapRecord::applied).count();
        return String.format(Locale.ROOT, "%s %s after %s simulated%s: %d change sets applied, %d refused; %d "
                + "requests issued, %d completed, %d in flight, %d waiting", end.configuration(),
                status(end, plannedNanos).toLowerCase(Locale.ROOT), seconds(end.simulatedNanos()),
                end.simulatedNanos() < plannedNanos ? " of " + seconds(plannedNanos) : "", applied,
                end.swaps().size() - applied, total(end, DeviceResult::issued), total(end, DeviceResult::completed),
                total(end, DeviceResult::inFlight), total(end, DeviceResult::waiting))
                + (end.failure().isEmpty() ? "" : "; failed: " + end.failure());
    }

    static String summaryJson(RunResult end, long plannedNanos) {
        long applied = end.swaps().stream().filter(SwapRecord::applied).count();
        return "{" + LINE_HEADER + "\"record\":\"summary\",\"summary\":true,\"configuration\":"
                + string(end.configuration()) + ",\"status\":"
                + string(status(end, plannedNanos)) + ",\"simulatedNanos\":" + end.simulatedNanos()
                + ",\"plannedNanos\":" + plannedNanos + ",\"applied\":"
                + applied + ",\"refused\":" + (end.swaps().size() - applied) + ",\"issued\":"
                + total(end, DeviceResult::issued) + ",\"completed\":" + total(end, DeviceResult::completed)
                + ",\"inFlight\":" + total(end, DeviceResult::inFlight) + ",\"waiting\":"
                + total(end, DeviceResult::waiting) + ",\"failure\":" + string(end.failure()) + "}";
    }

    /** COMPLETED only when the run reached its duration: one ended by a stop or a signal was STOPPED. */
    private static String status(RunResult end, long plannedNanos) {
        return end.status() == RunResult.Status.COMPLETED && end.simulatedNanos() < plannedNanos ? "STOPPED"
                : end.status().name();
    }

    /** One line per device: what a person watching a run wants to see, its cost per request included. */
    static String devices(RunResult now) {
        return now.devices().stream().map(d -> String.format(Locale.ROOT,
                "  %-24s %-14s %-9s %-8s %.1f µs CPU, %.1f exits per request; completed %d, in flight %d, waiting %d,"
                        + " %.0f req/s", d.vm() + "/" + d.device(), d.deviceModel(), d.mode(), d.status(),
                d.totalCpuMicrosPerRequest(), d.exitsPerRequest(), d.completed(), d.inFlight(), d.waiting(),
                d.throughputPerSecond())).collect(Collectors.joining("\n"));
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
    }

    private static String micros(long nanos) {
        return String.format(Locale.ROOT, "%.1f µs", nanos / 1e3);
    }

    private static long total(RunResult result, java.util.function.ToLongFunction<DeviceResult> count) {
        return result.devices().stream().mapToLong(count).sum();
    }

    private static String array(List<String> values) {
        return values.stream().map(SwapLines::string).collect(Collectors.joining(",", "[", "]"));
    }

    static String string(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                default -> json.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return json.append('"').toString();
    }
}
