package org.vwb.core.api;

/**
 * What a faulting physical driver takes down, by where it runs.
 *
 * @since 1.0
 */
public enum FaultScope {
    /** The hypervisor itself (a monolithic hypervisor, or a host kernel that is the hypervisor): every VM falls. */
    WHOLE_HOST,
    /**
     * The parent partition: the hypervisor and the VMs' own execution survive, but every VM whose I/O goes
     * through the parent loses it until the parent is back.
     */
    PARENT_AND_DEPENDENT_IO,
    /** Only the driver domain and the I/O of the VMs that use its devices; the domain can be restarted. */
    DRIVER_DOMAIN_ONLY
}
