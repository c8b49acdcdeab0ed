/**
 * Cost models as data: {@link org.vwb.core.costs.TabulatedCostModel} reads a {@code .costs} file (one per
 * hardware generation) in which every constant carries its source. A third party adds a generation with a data
 * file and a three-line Declarative Services component.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.vwb.core.costs;
