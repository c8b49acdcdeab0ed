package org.vwb.core.internal.paths;

import org.vwb.core.api.ContextKind;

/**
 * One execution context of a run (the hypervisor, the root partition, {@code worker (legacy-vm)}, a guest),
 * with the index of its CPU account.
 */
public record ContextRef(ContextKind kind, String name, int index) {
}
