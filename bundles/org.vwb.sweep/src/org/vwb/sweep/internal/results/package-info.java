/**
 * From many runs to what a sweep reports: combinations and their seeds, means with Student-t confidence
 * intervals, the series a chart draws and the knee of each latency curve.
 */
package org.vwb.sweep.internal.results;
