/**
 * The workbench's UI tests: run inside the real e4 application under tycho-surefire's UI harness, on the UI
 * thread, against the seed example, an imported file and malformed files.
 */
package org.vwb.ui.tests;
