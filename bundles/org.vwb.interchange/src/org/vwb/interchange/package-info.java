/**
 * Reading and writing VM configurations of other products (OVF/OVA, libvirt domain XML, VMware .vmx) as vwb
 * models. {@link org.vwb.interchange.Interchange} is the entry point for callers without OSGi service lookups;
 * in a running framework every importer and exporter is also a Declarative Services component.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.vwb.interchange;
