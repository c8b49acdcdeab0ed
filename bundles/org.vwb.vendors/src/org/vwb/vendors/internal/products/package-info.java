/**
 * The vendor profiles, one Declarative Services component per product and release; facts shared by a family
 * (Hyper-V, KVM, Xen, a Debian host) are written once in their own class. Every fact names its source, or says
 * "estimate:" and how it was reached, or says that it is a rule and not a count.
 */
package org.vwb.vendors.internal.products;
