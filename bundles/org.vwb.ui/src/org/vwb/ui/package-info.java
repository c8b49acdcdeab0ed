/**
 * The desktop workbench: an e4 application ({@code Application.e4xmi}) whose POJO parts describe, run, compare
 * and change a configuration live, on the same core services as the command line. {@link org.vwb.ui.PartIds}
 * names its parts and commands for tests and contributions; everything else is internal.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.vwb.ui;
