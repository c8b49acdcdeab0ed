/**
 * The four driver placements (monolithic, parent partition, hosted, driver domain) as Declarative Services
 * components. Each says only where every context sits (which protection domain, kernel or user mode);
 * {@link org.vwb.drivers.internal.ContextLayout} turns that into the switches a request pays, once for all four.
 */
package org.vwb.drivers.internal;
