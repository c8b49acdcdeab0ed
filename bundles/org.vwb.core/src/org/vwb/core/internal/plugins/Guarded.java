package org.vwb.core.internal.plugins;

/**
 * A plugin service wrapped so that every call into it is marked and named (see the package): who it is, and the
 * questions its wrapper asks, each made once.
 */
public abstract class Guarded {

    private final PluginIdentity identity;

    Guarded(PluginIdentity identity) {
        this.identity = identity;
    }

    /** Who the wrapped plugin is. */
    public final PluginIdentity identity() {
        return identity;
    }

    /** The question {@code question} (e.g. {@code route()}) to this plugin, made once by the wrapper. */
    final Call call(String question) {
        return new Call(identity, question);
    }
}
