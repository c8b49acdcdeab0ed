/**
 * Installing plugins into a running vwb: the {@link org.vwb.plugins.PluginInstaller} service that
 * {@code vwb plugins install|uninstall}, the shell's {@code vwb:install}/{@code vwb:uninstall} and the
 * workbench's Plugins view share, and what it reports.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.vwb.plugins;
