/**
 * Audits a folder of stored VM configurations: emulated devices that have a synthetic replacement on their
 * platform, guests that are not enlightened, floppy controllers (VENOM, CVE-2015-3456), and files that could
 * not be read. Each finding carries the VM's configuration and the proposed replacement, so a caller can
 * simulate both and show what the change saves.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.vwb.interchange.audit;
