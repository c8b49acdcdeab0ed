package org.vwb.headless.audit;

import java.nio.file.Path;

import org.vwb.interchange.audit.AuditFinding;

/**
 * What replacing one emulated device by its synthetic model would save, according to the simulation: the device
 * as configured and with the replacement, each run the same way. Savings are positive when the switch helps.
 *
 * @param file    the file the VM was read from
 * @param finding the audit finding that proposes the switch
 * @param before  the device as configured; {@code null} when it could not be simulated
 * @param after   the device replaced; {@code null} when it could not be simulated
 * @param problem why it could not be simulated (a plugin not installed, a failed run); {@code null} when it was
 */
public record SwitchEstimate(Path file, AuditFinding finding, DeviceFigures before, DeviceFigures after, String problem) {

    public static SwitchEstimate simulated(Path file, AuditFinding finding, DeviceFigures before,
            DeviceFigures after) {
        return new SwitchEstimate(file, finding, before, after, null);
    }

    public static SwitchEstimate notSimulated(Path file, AuditFinding finding, String problem) {
        return new SwitchEstimate(file, finding, null, null, problem);
    }

    public boolean isSimulated() {
        return problem == null;
    }

    public double cpuMicrosSavedPerRequest() {
        return before.cpuMicrosPerRequest() - after.cpuMicrosPerRequest();
    }

    public double exitsSavedPerRequest() {
        return before.exitsPerRequest() - after.exitsPerRequest();
    }

    public double p99LatencySavedMicros() {
        return before.p99LatencyMicros() - after.p99LatencyMicros();
    }
}
