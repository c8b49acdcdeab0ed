/**
 * The parameters a sweep varies: their syntax ({@code vm[legacy-vm].device[net0].model=e1000,dec21140}), their
 * values, and how a value is written into a configuration. docs/sweeps.md is the user's side of this package.
 */
package org.vwb.sweep.internal.parameters;
