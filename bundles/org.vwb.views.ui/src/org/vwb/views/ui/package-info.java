/**
 * Views that plugins add to the vwb workbench, through DS only: a plugin registers a {@link
 * org.vwb.views.ui.ViewContribution} service; the workbench lists it in its Views menu (with vwb's own views) as
 * long as the service is there, opens it as a part of its own, and tells each open {@link org.vwb.views.ui.View}
 * what it is shown for ({@link org.vwb.views.ui.ViewContext}: the selected element, its configuration prepared for
 * the core, the live run). When the plugin leaves, its menu entry goes and its open views are closed and disposed,
 * without a restart. This bundle holds only the API, so a plugin's view compiles against it, the model and the
 * core's client API, without the workbench.
 *
 * @since 1.0
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.vwb.views.ui;
