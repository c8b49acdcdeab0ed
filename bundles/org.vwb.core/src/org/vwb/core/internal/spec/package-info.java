/**
 * Immutable snapshots of a configuration, read once from the live EMF model: the engine and other threads work on
 * these, never on EObjects, and a hot-swap is the difference between two snapshots.
 */
package org.vwb.core.internal.spec;
