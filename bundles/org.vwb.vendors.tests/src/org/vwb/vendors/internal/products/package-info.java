/**
 * Tests of the vendor profiles: each runs the {@link org.vwb.testing.VendorProfileContractTest contract} against
 * the placement models Felix SCR registers; the comparison tests check the seed article's claims.
 */
package org.vwb.vendors.internal.products;
