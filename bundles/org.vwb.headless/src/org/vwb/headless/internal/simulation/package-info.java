/**
 * What the simulation commands ({@code run}, {@code compare}, {@code explain}, {@code plugins}) share: the
 * services they need from the OSGi registry, reading and checking the input file, durations, output targets
 * checked before a run, progress on a terminal, and the text tables they print.
 */
package org.vwb.headless.internal.simulation;
