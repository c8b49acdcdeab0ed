/**
 * Live runs from the command line and the OSGi shell, all through the core's {@link org.vwb.core.LiveRuns}:
 * {@code vwb watch} (runs a file's configuration and applies each save as one change set), {@code vwb shell}
 * (the Gogo shell on stdin), and the shell's {@code vwb:} commands. Each is a Declarative Services component.
 */
package org.vwb.live.internal;
