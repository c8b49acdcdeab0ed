/**
 * libvirt domain XML (KVM, QEMU, Xen): the importer, the exporter and the mapping between interface models,
 * disk buses, controller models and vwb device models. Not API.
 */
package org.vwb.interchange.internal.libvirt;
