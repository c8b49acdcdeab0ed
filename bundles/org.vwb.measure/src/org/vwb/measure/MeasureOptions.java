package org.vwb.measure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What to measure and with what.
 *
 * @param devices     the devices to attach and drive, at least one
 * @param requests    requests per device and direction, at least 10
 * @param qemu        the QEMU binary, or empty to look for {@code qemu-system-x86_64} on the {@code PATH}
 * @param kernel      a guest kernel (vmlinuz, an unpacked Debian kernel package, or its .deb), or empty for the
 *                    one the harness caches (fetched with {@code apt-get download} the first time)
 * @param cacheDir    where the unpacked kernel and the logs of failed guests are kept
 * @param bootTimeout how long the guest may take to reach its init script's first line
 */
public record MeasureOptions(List<MeasuredDevice> devices, int requests, Optional<Path> qemu, Optional<Path> kernel,
        Path cacheDir, Duration bootTimeout) {

    /** Fewer requests leave the idle baseline's share too large to trust a figure per request. */
    public static final int MIN_REQUESTS = 10;
    /** A request costs at most a few tens of milliseconds under TCG; this keeps a run under an hour. */
    public static final int MAX_REQUESTS = 20_000;

    public MeasureOptions {
        devices = List.copyOf(devices);
        if (devices.isEmpty()) {
            throw new IllegalArgumentException("no device to measure");
        }
        if (requests < MIN_REQUESTS || requests > MAX_REQUESTS) {
            throw new IllegalArgumentException("requests must be between " + MIN_REQUESTS + " and " + MAX_REQUESTS
                    + ", not " + requests);
        }
    }

    /** How long the whole guest may run: the boot, an idle baseline and a generous bound per request. */
    public Duration runTimeout() {
        return bootTimeout.plusSeconds(60).plusMillis(devices.size() * 2L * (requests * 100L + 5_000));
    }

    /** Where the harness keeps its files by default: {@code $XDG_CACHE_HOME/vwb-measure} (or ~/.cache/...). */
    public static Path defaultCacheDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("vwb-measure");
    }
}
