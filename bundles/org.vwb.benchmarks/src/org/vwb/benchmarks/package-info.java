/**
 * {@code vwb bench}: benchmarks that print figures (never timed tests): the engine against a bare binary-heap
 * event loop, the 10,000-VM scale run with its heap, and the interactive seed comparison.
 */
package org.vwb.benchmarks;
