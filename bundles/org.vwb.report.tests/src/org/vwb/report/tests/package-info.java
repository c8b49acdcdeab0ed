/** Tests of the report writers: each runs the writer contract, then what its own format promises. */
package org.vwb.report.tests;
