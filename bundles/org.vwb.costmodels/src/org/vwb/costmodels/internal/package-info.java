/**
 * One Declarative Services component per hardware generation, each serving a {@code costmodels/*.costs} data
 * file of this bundle through {@link org.vwb.core.api.costs.TabulatedCostModel}. The figures and their sources live in
 * the data files, not in code, so a constant changes without a rebuild of any logic.
 */
package org.vwb.costmodels.internal;
