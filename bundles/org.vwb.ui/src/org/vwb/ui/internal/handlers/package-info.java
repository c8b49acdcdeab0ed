/**
 * The application model's handlers (File and Edit menus), the add-on that puts the {@link
 * org.vwb.ui.internal.session.Session} into the application context, and the unsaved-edits question asked
 * before a document is replaced or the window closes.
 */
package org.vwb.ui.internal.handlers;
