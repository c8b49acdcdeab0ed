/**
 * Deliberately broken plugins, for the tests that hold vwb to naming and bounding every call into a plugin: a
 * vendor profile whose {@code id()} never returns, one whose {@code route()} never returns, a device model that
 * throws an {@link java.lang.AssertionError}, a cost model whose {@code description()} throws. Each is a real
 * Declarative Services component, disabled until a test enables it with {@link org.vwb.testing.broken.BrokenPlugins}.
 */
package org.vwb.testing.broken;
