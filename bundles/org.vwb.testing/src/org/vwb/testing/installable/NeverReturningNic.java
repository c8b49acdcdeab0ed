package org.vwb.testing.installable;

import java.util.concurrent.CountDownLatch;

import org.vwb.core.api.RegisterAccess;
import org.vwb.core.api.RegisterState;

/**
 * Emulated NIC {@value #ID} that installs fine but never returns from the first access it emulates; it even
 * ignores interrupts, as a plugin stuck in native code would, so only the caller's time-out gets vwb out.
 */
public final class NeverReturningNic extends DoorbellNic {

    public static final String ID = "installed.never-returns";

    private final CountDownLatch never = new CountDownLatch(1);

    public NeverReturningNic() {
        super(ID, "NIC whose emulation never returns");
    }

    @Override
    public AccessEffect emulate(RegisterState state, RegisterAccess access) {
        while (true) {
            try {
                never.await();
            } catch (InterruptedException ignoredOnPurpose) {
                // a stuck plugin does not answer interrupts either
            }
        }
    }
}
