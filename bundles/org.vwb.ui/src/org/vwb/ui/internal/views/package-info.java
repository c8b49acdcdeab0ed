/**
 * The workbench's views besides the editor: topology, request path, vendor comparison, live dashboard and
 * plugins. Each draws what the core computed (no simulation logic here), computed off the UI thread through
 * {@link org.vwb.ui.internal.core.CoreCalls} or {@link org.vwb.ui.internal.core.LiveLink}.
 */
package org.vwb.ui.internal.views;
