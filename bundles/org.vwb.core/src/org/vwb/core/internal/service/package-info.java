/**
 * The simulator service: the Declarative Services component that tracks the installed plugins, checks that a
 * configuration can run, builds the running world from a snapshot, drives it, reconfigures it at safe points,
 * and turns its counters into results.
 */
package org.vwb.core.internal.service;
