/**
 * OVF 1.x and 2.x (DMTF DSP0243) descriptors and .ova archives: the importer, the exporter and the mapping
 * between rasd ResourceType/ResourceSubType and vwb device models. Not API.
 */
package org.vwb.interchange.internal.ovf;
