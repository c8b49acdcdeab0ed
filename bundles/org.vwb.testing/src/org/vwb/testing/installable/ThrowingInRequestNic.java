package org.vwb.testing.installable;

import org.vwb.core.api.RegisterAccess;
import org.vwb.core.api.RegisterState;

/** Emulated NIC {@value #ID} that installs fine but throws when the first request rings its doorbell. */
public final class ThrowingInRequestNic extends DoorbellNic {

    public static final String ID = "installed.throws-in-request";

    public ThrowingInRequestNic() {
        super(ID, "NIC whose emulation throws");
    }

    @Override
    public AccessEffect emulate(RegisterState state, RegisterAccess access) {
        throw new IllegalStateException("doorbell written while the ring was not set up");
    }
}
