/**
 * Installing and uninstalling plugins in the running workbench: the installer's outcomes in the workbench's words,
 * and the watch that keeps the workbench in line with the plugin store and the dropins folder while it runs.
 */
package org.vwb.ui.internal.plugins;
