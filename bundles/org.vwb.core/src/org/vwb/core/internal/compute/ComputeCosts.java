package org.vwb.core.internal.compute;

import java.util.Set;

import org.vwb.core.api.CostEvent;
import org.vwb.core.internal.paths.Charger;

/**
 * What the virtualization of compute costs per event on one platform, in the cost model's cycles: the guest's
 * timer tick, an IPI, a TLB miss. Only events of the cost model are used, so every price keeps its source there;
 * the counts per event are the mechanisms' own.
 */
public final class ComputeCosts {

    /**
     * Hardware generations (cost models) whose MMU walks a guest's page tables in two dimensions: Nehalem has
     * Intel's EPT (Intel 64 and IA-32 Architectures SDM, vol. 3C, "VMX Support for Address Translation"; first in
     * the Core i7 of 2008), Zen 2 AMD's nested paging (AMD64 APM vol. 2, 15.25, "Nested Paging"). The Core 2 of 2008 has VT-x
     * without EPT and the Pentium III no VT at all: both keep shadow page tables, which the hardware walks in
     * one dimension, so a TLB miss costs what it costs natively (the exits on page-table updates that shadow
     * paging pays instead are not charged to a CPU-bound job with a stable working set).
     */
    private static final Set<String> NESTED_PAGING = Set.of("intel-nehalem-2009", "amd-zen2-2020");

    /**
     * Extra cycles of a TLB miss under nested paging. estimate: a two-dimensional walk makes up to 24 memory
     * references against 4 natively (Bhargava, Serebrin, Spadini, Manne, "Accelerating two-dimensional page
     * walks for virtualized systems", ASPLOS 2008, their two-dimensional walk); the MMU's page-walk caches skip
     * many of the 20 extra ones (the paper's subject), and those left mostly hit the data caches; at an L2 hit of
     * about 10 cycles (Intel 64 and IA-32 Architectures Optimization Reference Manual, the Nehalem chapter's
     * cache latencies) all 20 would cost 200 cycles: taken as half of that.
     */
    static final double NESTED_WALK_EXTRA_CYCLES = 100;

    /** Exits per guest timer tick: the hypervisor's timer that stands for the guest's expires in the guest. */
    static final int EXITS_PER_TICK = 1;

    /**
     * Exits per IPI: the sender's write to its virtual APIC's interrupt command register, and the physical IPI
     * that interrupts the running target vCPU to inject it (KVM's kvm_vcpu_kick; Xen's vcpu_kick).
     */
    static final int EXITS_PER_IPI = 2;

    final double exitRoundTrip;
    final double injection;
    final double handler;
    final double tlbExtra;
    final boolean virtualized;

    public ComputeCosts(Charger charger, boolean bareMetal, String generation) {
        this.virtualized = !bareMetal;
        this.exitRoundTrip = bareMetal ? 0
                : charger.cycles(CostEvent.VM_EXIT) + charger.cycles(CostEvent.EXIT_HANDLING)
                        + charger.cycles(CostEvent.VM_ENTRY);
        // the cost models' injection includes the guest's EOI, which exits without APIC virtualization
        this.injection = bareMetal ? 0 : charger.cycles(CostEvent.INTERRUPT_INJECTION);
        this.handler = charger.cycles(CostEvent.GUEST_INTERRUPT_HANDLER);
        this.tlbExtra = !bareMetal && NESTED_PAGING.contains(generation) ? NESTED_WALK_EXTRA_CYCLES : 0;
    }

    /** Hypervisor cycles of one tick (the guest's handler runs on bare metal too). */
    double tickHypervisor() {
        return EXITS_PER_TICK * exitRoundTrip + injection;
    }

    double ipiHypervisor() {
        return EXITS_PER_IPI * exitRoundTrip + injection;
    }

    int exitsPerTick() {
        return virtualized ? EXITS_PER_TICK : 0;
    }

    int exitsPerIpi() {
        return virtualized ? EXITS_PER_IPI : 0;
    }
}
