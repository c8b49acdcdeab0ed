/**
 * The seed article's claims and the published measurements, checked on the real plugins (device models,
 * placements, vendor profiles, cost models) running in OSGi.
 */
package org.vwb.calibration.tests;
