package org.vwb.core.internal.paths;

import org.vwb.core.api.ContextKind;

/**
 * One execution context of a run (the hypervisor, the root partition, {@code worker (legacy-vm)}, a guest), with
 * the index its {@link Accounts} gave it and its CPU account: the cycles charged to it so far.
 * <p>
 * The account lives here rather than in an array of all accounts: every charge reads the context anyway (its
 * kind), and with thousands of VMs a run is bound by cache misses on each device's objects; an entry of a shared
 * array was one more line to miss. One instance per context and run ({@link Accounts#context}), so identity is
 * equality.
 */
public final class ContextRef {

    private final ContextKind kind;
    private final String name;
    private final int index;
    /** Written by {@link Accounts} alone. */
    double cycles;

    ContextRef(ContextKind kind, String name, int index) {
        this.kind = kind;
        this.name = name;
        this.index = index;
    }

    public ContextKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public int index() {
        return index;
    }

    @Override
    public String toString() {
        return "ContextRef[kind=" + kind + ", name=" + name + ", index=" + index + "]";
    }
}
