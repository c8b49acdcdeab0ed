/**
 * Cost models as data: {@link org.vwb.core.api.costs.TabulatedCostModel} reads a {@code .costs} file (one per
 * hardware generation) in which every constant carries its source. A third party adds a generation with a data
 * file and a three-line Declarative Services component.
 *
 * @since 1.0
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.vwb.core.api.costs;
