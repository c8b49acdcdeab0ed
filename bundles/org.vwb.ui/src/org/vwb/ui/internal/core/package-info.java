/**
 * The workbench's only contact with the simulation core, kept here so it can move to the core's coming client
 * API (a prepared immutable snapshot, an editor-owned live model) in one place: {@link
 * org.vwb.ui.internal.core.CoreCalls} copies the editor's model on the UI thread and computes off it;
 * {@link org.vwb.ui.internal.core.LiveLink} hands every command of the editor's command stack to a live run
 * and undoes it when the run refuses it.
 */
package org.vwb.ui.internal.core;
