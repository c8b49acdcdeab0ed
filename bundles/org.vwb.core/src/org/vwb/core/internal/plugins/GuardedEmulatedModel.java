package org.vwb.core.internal.plugins;

import java.util.List;

import org.vwb.core.api.EmulatedDeviceModel;
import org.vwb.core.api.Register;
import org.vwb.core.api.RegisterAccess;
import org.vwb.core.api.RegisterState;

/**
 * An {@link EmulatedDeviceModel} whose every call is marked and named. {@link #emulate} and {@link #complete} run
 * for every trapped access of every request, so they mark the slot by hand: no lambda, no allocation.
 */
final class GuardedEmulatedModel extends GuardedDeviceModel implements EmulatedDeviceModel {

    private final EmulatedDeviceModel plugin;
    private final Call registers;
    private final Call issueSequence;
    private final Call interruptSequence;
    private final Call emulate;
    private final Call complete;
    private final Call completionSequence;
    private final Call copiesPayload;

    GuardedEmulatedModel(EmulatedDeviceModel plugin, PluginIdentity identity) {
        super(plugin, identity);
        this.plugin = plugin;
        this.registers = call("registers()");
        this.issueSequence = call("issueSequence()");
        this.interruptSequence = call("interruptSequence()");
        this.emulate = call("emulate()");
        this.complete = call("complete()");
        this.completionSequence = call("completionSequence()");
        this.copiesPayload = call("copiesPayload()");
    }

    @Override
    public List<Register> registers() {
        return Calls.ask(registers, plugin::registers);
    }

    @Override
    public List<RegisterAccess> issueSequence(boolean read) {
        return Calls.ask(issueSequence, () -> plugin.issueSequence(read));
    }

    @Override
    public List<RegisterAccess> interruptSequence() {
        return Calls.ask(interruptSequence, plugin::interruptSequence);
    }

    @Override
    public List<RegisterAccess> completionSequence() {
        return Calls.ask(completionSequence, plugin::completionSequence);
    }

    @Override
    public boolean copiesPayload() {
        return Calls.ask(copiesPayload, plugin::copiesPayload);
    }

    @Override
    public AccessEffect emulate(RegisterState state, RegisterAccess access) {
        CallSlot slot = CallSlot.current();
        Call previous = slot == null ? null : slot.enter(emulate);
        try {
            return plugin.emulate(state, access);
        } catch (Throwable thrown) {
            throw emulate.failed(thrown);
        } finally {
            if (slot != null) {
                slot.exit(previous);
            }
        }
    }

    @Override
    public void complete(RegisterState state) {
        CallSlot slot = CallSlot.current();
        Call previous = slot == null ? null : slot.enter(complete);
        try {
            plugin.complete(state);
        } catch (Throwable thrown) {
            throw complete.failed(thrown);
        } finally {
            if (slot != null) {
                slot.exit(previous);
            }
        }
    }
}
