/** Tests of the harness's parts: the cpio writer, module order, the trace's windows and the baseline. */
package org.vwb.measure.internal;
