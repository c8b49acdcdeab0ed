package org.vwb.report.tests;

import java.util.Collection;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.vwb.report.ReportWriter;

/** The writers as the command line finds them: Declarative Services components, by format. */
final class RegisteredWriters {

    private RegisteredWriters() {
    }

    static ReportWriter of(String format) {
        BundleContext context = FrameworkUtil.getBundle(RegisteredWriters.class).getBundleContext();
        try {
            Collection<ServiceReference<ReportWriter>> references = context.getServiceReferences(ReportWriter.class,
                    null);
            return references.stream().map(context::getService).filter(w -> w.format().equals(format)).findFirst()
                    .orElseThrow(() -> new AssertionError("no report writer service for " + format));
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
