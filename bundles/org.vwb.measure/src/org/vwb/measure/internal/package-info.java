/**
 * The harness's parts: finding QEMU, busybox and a guest kernel, the initramfs (a newc cpio written here, with the
 * kernel modules the devices need and a generated init script), the guest process with its bounded lifetime, the
 * host's UDP peer on 127.0.0.1, and the reading of QEMU's trace and the guest's serial console into counts.
 */
package org.vwb.measure.internal;
