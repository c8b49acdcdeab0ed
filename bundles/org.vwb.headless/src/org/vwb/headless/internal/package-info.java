/**
 * The machinery behind {@link org.vwb.headless.VwbCli}: the Equinox application, the option parser, help texts,
 * and the lookup of commands contributed as OSGi services. Not API: exported {@code x-internal} for the tests.
 */
package org.vwb.headless.internal;
