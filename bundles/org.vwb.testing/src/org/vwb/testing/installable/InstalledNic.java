package org.vwb.testing.installable;

/** Emulated NIC {@value #ID}: a plugin that works, for installing, using in a live run and uninstalling. */
public final class InstalledNic extends DoorbellNic {

    public static final String ID = "installed.nic";

    public InstalledNic() {
        super(ID, "doorbell NIC installed as a plugin");
    }
}
