/** Tests of the command line's internals that need their package: plugin activation at start-up. */
package org.vwb.headless.internal;
