package org.vwb.core;

/**
 * One installed plugin service, for {@code vwb plugins} and the workbench.
 *
 * @param type        {@code device model}, {@code driver placement}, {@code vendor profile}, {@code cost model}
 * @param id          its id
 * @param description one line
 * @param bundle      symbolic name of the bundle that provides it
 * @param version     that bundle's version
 */
public record PluginInfo(String type, String id, String description, String bundle, String version) {
}
