/**
 * CPU-bound jobs: each vCPU of a VM with a compute job runs its guest work in time slices on the host's cores
 * (shared round robin with every other CPU-bound vCPU, behind every I/O phase), paying its timer interrupts, IPIs
 * and nested TLB walks as counted, priced events. The job's completion and its vCPUs' ready time come out of the
 * queueing on the cores.
 */
package org.vwb.core.internal.compute;
