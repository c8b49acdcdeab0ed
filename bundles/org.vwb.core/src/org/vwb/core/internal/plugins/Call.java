package org.vwb.core.internal.plugins;

import org.vwb.core.PluginFailure;

/**
 * One question a wrapper asks its plugin, made once per wrapper and method so that marking a call allocates
 * nothing: who is asked ({@link PluginIdentity}) and what ({@code route()}).
 */
public record Call(PluginIdentity plugin, String question) {

    /** What the plugin threw, named: an {@link Error} too (an {@code AssertionError} in a plugin is its bug). */
    public RuntimeException failed(Throwable thrown) {
        if (thrown instanceof PluginFailure named) {
            return named; // a plugin that calls another plugin: the innermost one is to blame
        }
        if (thrown instanceof OutOfMemoryError memory) {
            throw memory; // the whole process is short of memory; no plugin can be singled out
        }
        return PluginFailure.threw(plugin.toString(), question, thrown);
    }
}
