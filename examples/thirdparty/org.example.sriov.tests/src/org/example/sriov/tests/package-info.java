/** The example plugin's tests: vwb's contract tests for its profiles, and its command on the seed configuration. */
package org.example.sriov.tests;
