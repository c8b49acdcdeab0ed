/**
 * vwb's emulated device models, one Declarative Services component each: network adapters (DEC 21140, Intel
 * e1000/e1000e, AMD PCnet "vlance", RTL8139, RTL8029 "ne2k_pci"), storage controllers (PIIX IDE, ATAPI CD-ROM,
 * AHCI, NVMe, LSI Logic Fusion-MPT SPI and SAS, BusLogic) and the i82077 floppy controller. Each class holds the
 * datasheet's registers and the Linux driver's real access sequences, with their sources; not API.
 */
package org.vwb.devices.emulated.internal;
