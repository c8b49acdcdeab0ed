/**
 * vwb's synthetic device models, one Declarative Services component each: Hyper-V VMBus (netvsc, storvsc),
 * VMware (vmxnet2, vmxnet3, PVSCSI), virtio (net, blk, scsi) and Xen (netfront, blkfront), each with the ring
 * geometry of its specification or driver and the source; not API.
 */
package org.vwb.devices.synthetic.internal;
