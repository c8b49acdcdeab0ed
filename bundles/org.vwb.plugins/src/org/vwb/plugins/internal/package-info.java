/**
 * The plugin installer's workings: reading bundle jars and p2 repositories, the store of installed plugins in the
 * user's cache, and all-or-nothing changes to the running framework.
 */
package org.vwb.plugins.internal;
