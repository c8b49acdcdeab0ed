/**
 * The workbench's only contact with the simulation core: {@link org.vwb.ui.internal.core.CoreCalls} prepares the
 * editor's configuration on the UI thread ({@code Simulator.prepare}) and computes off it on worker threads;
 * {@link org.vwb.ui.internal.core.LiveLink} runs a configuration live with the editor as the model's owner (the
 * core's {@code CommandStackLink} on the editor's command stack).
 */
package org.vwb.ui.internal.core;
