/**
 * VMware .vmx files (Workstation, Fusion, ESXi): the key/value parser with VMware's quoting and the mapping
 * of ethernetN, scsiN, ideN:M, sataN:M, nvmeN and floppyN entries to vwb devices. Not API.
 */
package org.vwb.interchange.internal.vmx;
