package org.vwb.core.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Prices the {@link CostEvent events} of one hardware generation in cycles. Every constant carries its source;
 * a cost model is data (a file per generation), served as a Declarative Services component.
 *
 * @since 1.0
 */
@ConsumerType
public interface CostModel {

    /** Identifier a host's {@code hardwareGeneration} names, e.g. {@code intel-core2-2008}. */
    String id();

    /** One line for people: the processors and era this generation stands for. */
    String description();

    /** Cycles one occurrence of the event costs (for {@link CostEvent#COPY_KIB}: per KiB). */
    double cycles(CostEvent event);

    /** Where the figure comes from: paper, table, page; or how it was derived from cited figures. */
    String source(CostEvent event);
}
