/** Tests of the device paths' internals that the simulator's public face cannot isolate. */
package org.vwb.core.internal.paths;
