/**
 * The measurement harness held to a real QEMU guest (when QEMU is installed; on CI it must be), and its command
 * line's refusals.
 */
package org.vwb.measure.tests;
