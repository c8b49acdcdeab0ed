package org.vwb.devices.emulated;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.vwb.core.api.EmulatedDeviceModel.AccessEffect;
import org.vwb.core.api.Register;
import org.vwb.core.api.RegisterAccess;
import org.vwb.core.api.RegisterState;

/**
 * A device's registers as its datasheet lists them, what each access does, and the status bits the device raises
 * when it completes a request. Immutable once built; one map serves every instance of the device, because the
 * values live in the core's {@link RegisterState}.
 */
public final class RegisterMap {

    /** Offset of a structure in guest RAM (a descriptor, a mailbox): it has no port or MMIO address. */
    public static final int GUEST_MEMORY = -1;

    private final List<Register> registers;
    private final List<RegisterBehaviour> behaviours;
    private final Map<String, Integer> indices;
    private final List<int[]> completion;

    private RegisterMap(Builder builder) {
        this.registers = List.copyOf(builder.registers);
        this.behaviours = List.copyOf(builder.behaviours);
        this.indices = Map.copyOf(builder.indices);
        this.completion = List.copyOf(builder.completion);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Register> registers() {
        return registers;
    }

    /** The index of a register by its datasheet name. */
    public int index(String name) {
        Integer index = indices.get(name);
        if (index == null) {
            throw new IllegalArgumentException("no register " + name + " in " + indices.keySet());
        }
        return index;
    }

    public AccessEffect emulate(RegisterState state, RegisterAccess access) {
        int register = access.register();
        if (register < 0 || register >= registers.size()) {
            throw new IllegalArgumentException("no register at index " + register);
        }
        return behaviours.get(register).apply(state, register, access);
    }

    /** Raises the status bits the device sets when it finishes a request. */
    public void complete(RegisterState state) {
        completion.forEach(raise -> state.raise(raise[0], raise[1]));
    }

    /** Starts writing a guest driver's access sequence against this map. */
    public AccessScript script() {
        return new AccessScript(this);
    }

    /** Collects registers in datasheet order; names are unique. */
    public static final class Builder {

        private final List<Register> registers = new ArrayList<>();
        private final List<RegisterBehaviour> behaviours = new ArrayList<>();
        private final Map<String, Integer> indices = new HashMap<>();
        private final List<int[]> completion = new ArrayList<>();

        private Builder() {
        }

        /** A port or MMIO register: every guest access exits to the emulator. */
        public Builder trapping(String name, int offset, String description, RegisterBehaviour behaviour) {
            return add(new Register(name, offset, true, false, description), behaviour);
        }

        /** A trapping register whose accesses the in-hypervisor monitor completes without the emulator. */
        public Builder monitorHandled(String name, int offset, String description, RegisterBehaviour behaviour) {
            return add(new Register(name, offset, true, true, description), behaviour);
        }

        /** A structure in guest RAM the driver fills (descriptor, command table, mailbox): no exit. */
        public Builder guestMemory(String name, String description) {
            return add(new Register(name, GUEST_MEMORY, false, false, description), RegisterBehaviour.storage());
        }

        /** On completion the device raises {@code bits} in the register named. */
        public Builder raisesOnCompletion(String name, int bits) {
            completion.add(new int[] { index(name), bits });
            return this;
        }

        /** The index of a register added before, for behaviours that act on another register. */
        public int index(String name) {
            Integer index = indices.get(name);
            if (index == null) {
                throw new IllegalArgumentException("register " + name + " is not declared yet");
            }
            return index;
        }

        public RegisterMap build() {
            return new RegisterMap(this);
        }

        private Builder add(Register register, RegisterBehaviour behaviour) {
            if (indices.putIfAbsent(register.name(), registers.size()) != null) {
                throw new IllegalArgumentException("register " + register.name() + " declared twice");
            }
            registers.add(register);
            behaviours.add(behaviour);
            return this;
        }
    }
}
