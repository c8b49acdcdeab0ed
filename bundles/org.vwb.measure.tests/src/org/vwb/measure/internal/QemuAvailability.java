package org.vwb.measure.internal;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Whether the tests that boot a real guest run: where qemu-system-x86_64 and a static busybox are installed. On CI
 * ({@code CI=true}, which .ci/run's machines set) they must be, so their absence fails the build rather than
 * silently skipping the check of the device models against the measurements.
 */
public final class QemuAvailability {

    private QemuAvailability() {
    }

    public static void require() {
        boolean installed = HostTools.find(Harness.QEMU).isPresent()
                && HostTools.find("busybox").filter(Harness::isStatic).isPresent();
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but qemu-system-x86_64 or a static busybox is missing: .ci/run installs "
                    + "qemu-system-x86 and busybox-static");
        }
        assumeTrue(installed, "qemu-system-x86_64 and busybox-static are not installed");
    }
}
