/**
 * Contract tests for what plugins contribute to the workbench, kept apart from {@code org.vwb.testing} so that the
 * headless contract tests never pull in SWT: {@link org.vwb.testing.ui.ViewContributionContractTest} (subclass it
 * with your {@code ViewContribution}; it needs a display, e.g. Xvfb) and {@link org.vwb.testing.ui.StandInContext},
 * a view context made of what the test chooses.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.vwb.testing.ui;
