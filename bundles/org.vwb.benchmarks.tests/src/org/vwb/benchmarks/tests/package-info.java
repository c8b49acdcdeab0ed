/**
 * The {@code vwb bench} command line: what it refuses before any benchmark runs. The benchmarks themselves print
 * figures and are never timed by a test.
 */
package org.vwb.benchmarks.tests;
