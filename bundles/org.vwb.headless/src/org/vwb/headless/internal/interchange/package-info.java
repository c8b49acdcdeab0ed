/**
 * What the {@code import} and {@code export} commands need around {@link org.vwb.interchange.Interchange}: the
 * installed formats, models as file contents, and where output files go.
 */
package org.vwb.headless.internal.interchange;
