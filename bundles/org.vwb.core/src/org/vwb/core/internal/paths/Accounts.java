package org.vwb.core.internal.paths;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vwb.core.api.ContextKind;

/** The CPU cycles each context of a run has spent, by context; contexts are created on first use. */
public final class Accounts {

    private final Map<String, ContextRef> byName = new LinkedHashMap<>();
    private final List<ContextRef> contexts = new ArrayList<>();

    /** The context of this kind and name, created when first asked for. */
    public ContextRef context(ContextKind kind, String name) {
        return byName.computeIfAbsent(kind + "/" + name, key -> {
            ContextRef ref = new ContextRef(kind, name, contexts.size());
            contexts.add(ref);
            return ref;
        });
    }

    public void charge(ContextRef context, double spent) {
        context.cycles += spent;
    }

    public List<ContextRef> contexts() {
        return contexts;
    }

    public double cycles(ContextRef context) {
        return context.cycles;
    }
}
