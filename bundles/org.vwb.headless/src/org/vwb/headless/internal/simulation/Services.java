package org.vwb.headless.internal.simulation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.vwb.core.Comparison;
import org.vwb.core.PluginCalls;
import org.vwb.core.PluginFailure;
import org.vwb.core.Simulator;
import org.vwb.headless.CommandIo;
import org.vwb.report.ReportWriter;

/**
 * The services the simulation commands use, looked up in the OSGi registry once per command line: a command
 * lives for one call, so tracking them would buy nothing.
 */
public final class Services {

    private final BundleContext context;

    private Services(BundleContext context) {
        this.context = context;
    }

    /** The registry of the running framework; outside OSGi there is none, and every lookup finds nothing. */
    public static Services registry() {
        Bundle bundle = FrameworkUtil.getBundle(Services.class);
        return new Services(bundle == null ? null : bundle.getBundleContext());
    }

    /** The simulator, or a one-line reason why there is none. */
    public Simulator simulator() throws Rejected {
        return all(Simulator.class).stream().findFirst().orElseThrow(() -> new Rejected("no simulator is installed:"
                + " the bundle org.vwb.core is missing or its component did not start"));
    }

    /**
     * The simulator, after a warning on stderr for each plugin it had to leave out (its id threw or did not
     * answer), so a plugin is never dropped silently.
     */
    public Simulator simulator(CommandIo io) throws Rejected {
        Simulator simulator = simulator();
        simulator.pluginProblems().forEach(io::warning);
        return simulator;
    }

    /** The report writer of a format, or a reason naming the formats there are. */
    public ReportWriter writer(String format) throws Rejected {
        List<ReportWriter> writers = writers();
        return writers.stream().filter(w -> w.format().equals(format)).findFirst()
                .orElseThrow(() -> new Rejected("no report writer for format '" + format + "' is installed"
                        + (writers.isEmpty() ? "" : " (installed: " + String.join(", ",
                                writers.stream().map(ReportWriter::format).toList()) + ")")));
    }

    /** Every installed report writer, by format; a writer that cannot tell its format is left out. */
    public List<ReportWriter> writers() {
        List<ReportWriter> writers = new ArrayList<>();
        for (ReportWriter writer : all(ReportWriter.class)) {
            try {
                writers.add(new AskedWriter(writer, PluginCalls.ask("report writer", null, writer, "format()",
                        writer::format)));
            } catch (PluginFailure e) {
                // named by the report it was asked for: 'no report writer for format ...' lists the others
            }
        }
        writers.sort(Comparator.comparing(ReportWriter::format));
        return writers;
    }

    /** The plugin's own service object behind a writer from {@link #writers()}, whose class names its bundle. */
    public static Object provider(Object service) {
        return service instanceof AskedWriter asked ? asked.plugin() : service;
    }

    /**
     * A comparison rendered by a report writer, the call bounded by the plugin time-out and a failure naming
     * the writer.
     */
    public static byte[] render(ReportWriter writer, Comparison comparison) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        (writer instanceof AskedWriter ? writer : new AskedWriter(writer, writer.format())).write(comparison, bytes);
        return bytes.toByteArray();
    }

    /** The references registered under a type this bundle need not know (e.g. another bundle's importers). */
    public List<ServiceReference<?>> references(String typeName) {
        if (context == null) {
            return List.of();
        }
        try {
            ServiceReference<?>[] references = context.getAllServiceReferences(typeName, null);
            return references == null ? List.of() : List.of(references);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("a null filter cannot be invalid", e);
        }
    }

    /** The service behind a reference, if it is still there. */
    public Optional<Object> service(ServiceReference<?> reference) {
        return Optional.ofNullable(context == null ? null : context.getService(reference));
    }

    private <T> List<T> all(Class<T> type) {
        if (context == null) {
            return List.of();
        }
        try {
            List<T> services = new ArrayList<>();
            for (ServiceReference<T> reference : context.getServiceReferences(type, null)) {
                Optional.ofNullable(context.getService(reference)).ifPresent(services::add);
            }
            return services;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("a null filter cannot be invalid", e);
        }
    }
}
