/**
 * Calls into plugins, bounded and named: every plugin service the simulator uses is wrapped so that each call
 * marks the calling thread with who was asked what (two stores, no allocation), and turns whatever the plugin
 * throws into a {@link org.vwb.core.PluginFailure} naming it. Work that calls plugins runs on a watched thread
 * ({@link org.vwb.core.internal.plugins.Bounded}): the caller waits while calls keep returning, and gives up with
 * the plugin's name once one call has not returned within the plugin time-out.
 */
package org.vwb.core.internal.plugins;
