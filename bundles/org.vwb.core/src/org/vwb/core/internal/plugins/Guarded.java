package org.vwb.core.internal.plugins;

/** A plugin service wrapped so that every call into it is marked and named (see the package). */
public interface Guarded {

    /** Who the wrapped plugin is. */
    PluginIdentity identity();
}
