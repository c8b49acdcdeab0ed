/**
 * An example third-party vwb plugin, built outside vwb against its p2 repository: KVM hosts whose NICs give
 * guests SR-IOV virtual functions (PCI-SIG SR-IOV 1.1) as a device family of its own (its path built from stages:
 * no exits on the data path) with a device model of that family, a vendor profile with exitless interrupts as in ELI
 * (Gordon et al., "ELI: Bare-Metal Performance for I/O Virtualization", ASPLOS 2012) and one where every
 * interrupt goes through the hypervisor, and {@code vwb sriov}, which sets a device's three ways side by side.
 * Everything is a Declarative Services component: vwb finds it by its service interfaces only.
 */
package org.example.sriov;
