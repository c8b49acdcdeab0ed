/**
 * Validation of vwb models with EMF's own {@code EValidator}/{@code Diagnostician}: structural checks (required
 * values, dangling references) plus vwb's rules (a synthetic device needs an enlightened guest, a used physical
 * device needs a driver in the chosen placement, vCPU overcommit, value ranges). Every finding names the element
 * by a readable path and says why.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.vwb.model.validation;
