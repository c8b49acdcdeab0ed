/** The {@code vwb calibration} command. */
package org.vwb.calibration.internal;
