package org.vwb.live.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.vwb.core.DeviceResult;
import org.vwb.core.RunResult;

/**
 * The live line of {@code vwb watch}: what each device costs now, over the interval since the previous line (CPU
 * microseconds and VM exits per request, requests per second), so that a change shows its price within a line or
 * two instead of disappearing into averages since the start. Per-request figures of an interval are derived from
 * the run's cumulative ones: {@code (total after - total before) / (completed after - completed before)}.
 */
final class CostLine {

    private record Totals(long completed, double cpuMicros, double exits) {
    }

    private final Map<String, Totals> previous = new HashMap<>();
    private long previousNanos;

    /** The line for {@code now}; remembers it as the start of the next interval. */
    String next(RunResult now) {
        long interval = now.simulatedNanos() - previousNanos;
        String devices = now.devices().stream().map(d -> device(d, interval)).collect(Collectors.joining("; "));
        previousNanos = now.simulatedNanos();
        return SwapLines.seconds(now.simulatedNanos()) + " simulated, " + now.swaps().size() + " change sets; "
                + devices;
    }

    private String device(DeviceResult device, long interval) {
        String name = device.vm() + "/" + device.device();
        Totals now = new Totals(device.completed(), device.totalCpuMicrosPerRequest() * device.completed(),
                device.exitsPerRequest() * device.completed());
        Totals before = previous.getOrDefault(name, new Totals(0, 0, 0));
        previous.put(name, now);
        long completed = now.completed() - before.completed();
        if (completed <= 0 || interval <= 0) {
            return name + " " + (device.status().equals("active") ? "idle" : device.status());
        }
        return String.format(Locale.ROOT, "%s %s %.1f µs CPU, %.1f exits/req, %.0f req/s", name,
                device.deviceModel(), (now.cpuMicros() - before.cpuMicros()) / completed,
                (now.exits() - before.exits()) / completed, completed * 1e9 / interval);
    }
}
