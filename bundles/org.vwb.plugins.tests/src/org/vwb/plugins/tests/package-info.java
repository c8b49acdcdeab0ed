/** Tests of the plugin installer with real plugin jars installed into the test framework. */
package org.vwb.plugins.tests;
