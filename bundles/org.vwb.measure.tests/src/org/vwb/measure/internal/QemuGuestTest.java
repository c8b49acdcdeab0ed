package org.vwb.measure.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.measure.MeasureException;
import org.vwb.measure.MeasureOptions;
import org.vwb.measure.MeasuredDevice;
import org.vwb.measure.QemuHarness;

/**
 * A guest that cannot boot in time is stopped, its serial log kept and named, and no QEMU process is left. Runs
 * where QEMU is installed; on CI (CI=true) QEMU must be there, so a missing QEMU fails instead of skipping.
 */
class QemuGuestTest {

    @TempDir
    Path cache;

    @Test
    void aGuestThatDoesNotBootInTimeIsStoppedAndItsLogKept() throws Exception {
        QemuAvailability.require();
        // The kernel comes from the shared cache (fetched there if needed), so that only the boot is cut short.
        Path shared = MeasureOptions.defaultCacheDir();
        KernelSource.locate(Optional.empty(), shared, line -> { });
        Files.createSymbolicLink(cache.resolve("kernel"), shared.resolve("kernel"));
        MeasureOptions tight = new MeasureOptions(List.of(MeasuredDevice.IDE), 10, Optional.empty(),
                Optional.empty(), cache, Duration.ofSeconds(3));

        MeasureException e = assertThrows(MeasureException.class, () -> QemuHarness.measure(tight, line -> { }));

        assertTrue(e.getMessage().startsWith("the guest did not boot within 3 s; QEMU was stopped (serial console "
                + "log kept: " + cache.resolve("serial-")), e.getMessage());
        assertTrue(Files.isRegularFile(e.serialLog().orElseThrow()));
        assertEquals(0, GuestProcess.running(), "no guest left running");
    }
}
