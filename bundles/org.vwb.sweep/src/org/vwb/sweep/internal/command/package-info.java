/**
 * {@code vwb sweep}: reads the file and the varied parameters, plans the runs, hands them to an executor, shows
 * progress, cancels cleanly on Ctrl-C and writes the reports only once everything is done.
 */
package org.vwb.sweep.internal.command;
