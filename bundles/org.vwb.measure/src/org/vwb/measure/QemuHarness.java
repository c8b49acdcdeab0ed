package org.vwb.measure;

import java.io.IOException;
import java.util.function.Consumer;

import org.vwb.measure.internal.Harness;

/**
 * Boots a Linux guest under QEMU with the chosen devices, drives the requests through each device in each
 * direction (direct 4 KiB reads and writes with dd; UDP frames to and from a socket on 127.0.0.1), and counts.
 * No guest process survives the call, and the harness's files are deleted (a failed guest's serial log is kept in
 * the cache folder and named in the exception).
 */
public final class QemuHarness {

    private QemuHarness() {
    }

    /**
     * Measures.
     *
     * @param progress receives one line per step (for stderr)
     * @throws MeasureException when a tool or the kernel is missing, or the guest does not boot or finish in time
     */
    public static MeasuredRun measure(MeasureOptions options, Consumer<String> progress)
            throws MeasureException, IOException, InterruptedException {
        return Harness.measure(options, progress);
    }
}
