package org.vwb.testing.installable;

/** Emulated NIC {@value #ID} whose component cannot be created: its constructor throws, as a plugin missing a licence might. */
public final class ThrowingAtActivationNic extends DoorbellNic {

    public static final String ID = "installed.throws-at-activation";

    public ThrowingAtActivationNic() {
        super(ID, "NIC whose activation fails");
        throw new IllegalStateException("no licence for this host");
    }
}
