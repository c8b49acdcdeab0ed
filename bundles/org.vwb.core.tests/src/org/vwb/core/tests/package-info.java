/**
 * Tests of the simulator core with small stand-in plugins registered as OSGi services, so the mechanisms are
 * checked on their own: exits per register access, ring batching, contexts per placement, determinism, hot-swap,
 * parking when a plugin leaves, failure of a throwing model.
 */
package org.vwb.core.tests;
