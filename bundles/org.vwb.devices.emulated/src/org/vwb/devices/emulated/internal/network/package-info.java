/**
 * vwb's emulated network adapters, one Declarative Services component each: DEC 21140, Intel e1000/e1000e (with
 * their shared 8254x register file), AMD PCnet "vlance", RTL8139 and RTL8029 "ne2k_pci". Each class holds the
 * datasheet's registers and the Linux driver's real access sequences, with their sources; not API.
 */
package org.vwb.devices.emulated.internal.network;
