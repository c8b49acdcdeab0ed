package org.vwb.devices.emulated;

import java.util.ArrayList;
import java.util.List;

import org.vwb.core.api.RegisterAccess;

/**
 * A guest driver's access sequence written by register name, in the order the driver makes the accesses, so that
 * a device model reads like the driver function it cites.
 */
public final class AccessScript {

    private final RegisterMap map;
    private final List<RegisterAccess> accesses = new ArrayList<>();

    AccessScript(RegisterMap map) {
        this.map = map;
    }

    public AccessScript read(String register, String purpose) {
        accesses.add(RegisterAccess.read(map.index(register), purpose));
        return this;
    }

    public AccessScript write(String register, int value, String purpose) {
        accesses.add(RegisterAccess.write(map.index(register), value, purpose));
        return this;
    }

    /** Appends a sequence written before, e.g. a taskfile load that several commands share. */
    public AccessScript then(List<RegisterAccess> more) {
        accesses.addAll(more);
        return this;
    }

    public List<RegisterAccess> toList() {
        return List.copyOf(accesses);
    }
}
