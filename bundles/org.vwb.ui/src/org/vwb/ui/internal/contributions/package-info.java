/**
 * Views contributed by plugins ({@code org.vwb.views.ui}): the registry that follows the services and keeps the
 * Views menu and the open parts in step with them, the part that hosts one, the menu item that opens one.
 */
package org.vwb.ui.internal.contributions;
