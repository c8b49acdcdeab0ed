/**
 * The device paths: how one request travels from a guest driver through traps or rings, the emulator or back end,
 * the physical driver and device, and back as an interrupt. Each path is a real mechanism (a register file whose
 * trapping accesses exit, a ring with producer/consumer indices and notification suppression, an interrupt line);
 * counts come out of running it, and a {@link org.vwb.core.internal.paths.Charger} prices each event with the
 * cost model and charges it to the context that spends it.
 */
package org.vwb.core.internal.paths;
