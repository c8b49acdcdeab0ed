/**
 * Tests of the vwb command line, driven through {@link org.vwb.headless.VwbCli} with captured streams, and the
 * repository-wide rule that only {@code *.ui} bundles depend on UI toolkits.
 */
package org.vwb.headless.tests;
