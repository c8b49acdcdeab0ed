/**
 * vwb's emulated storage controllers, one Declarative Services component each: PIIX IDE disk and ATAPI CD-ROM
 * (with their shared PIIX channel), AHCI, NVMe, LSI Logic Fusion-MPT SPI and SAS (with their shared message
 * interface), BusLogic and the i82077 floppy controller. Each class holds the datasheet's registers and the Linux
 * driver's real access sequences, with their sources; not API.
 */
package org.vwb.devices.emulated.internal.storage;
