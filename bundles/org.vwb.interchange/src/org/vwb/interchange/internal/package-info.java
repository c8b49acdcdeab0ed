/**
 * What every format shares: the device-model vocabulary, the platforms and their driver placement, building a
 * valid vwb model from what a reader found, hardened XML parsing, size-limited reading and a ustar reader for
 * .ova archives. Not API.
 */
package org.vwb.interchange.internal;
