/**
 * The workbench's state outside any widget: the open {@link org.vwb.ui.internal.session.Document} (model, EMF
 * editing domain and command stack, validation findings, import warnings, file), the
 * {@link org.vwb.ui.internal.session.Session} that parts share (current document and selection), and the OSGi
 * services the parts use.
 */
package org.vwb.ui.internal.session;
