/**
 * Support for vwb's tests and for third parties' tests of their plugins: the bundled example files, and the
 * abstract contract tests that every implementation of a vwb service interface runs by subclassing.
 */
package org.vwb.testing;
