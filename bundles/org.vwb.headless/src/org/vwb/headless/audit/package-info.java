/**
 * An audit of stored VM configurations together with what each proposed switch from an emulated to a synthetic
 * device would save according to the simulator: {@link org.vwb.headless.audit.SwitchSimulation} computes it,
 * the records carry it to whatever renders it (the {@code audit} command's text and JSON, an HTML report).
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.vwb.headless.audit;
