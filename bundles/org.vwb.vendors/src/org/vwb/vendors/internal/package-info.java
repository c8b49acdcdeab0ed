/**
 * What every vendor profile is made of: the virtual devices a product can offer ({@link
 * org.vwb.vendors.internal.Device}), the rule that says which physical devices it has drivers for ({@link
 * org.vwb.vendors.internal.DriverCoverage}), and the profile built from such data ({@link
 * org.vwb.vendors.internal.ProductProfile}), to which the installed models that say a profile offers them are
 * added ({@link org.vwb.vendors.internal.OfferedDevices}). The products themselves are in {@code products}.
 */
package org.vwb.vendors.internal;
