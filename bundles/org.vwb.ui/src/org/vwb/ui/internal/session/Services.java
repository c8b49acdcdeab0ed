package org.vwb.ui.internal.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.vwb.core.LiveRuns;
import org.vwb.core.PluginInfo;
import org.vwb.core.Simulator;
import org.vwb.interchange.ConfigurationImporter;
import org.vwb.report.ReportWriter;

/**
 * The core's OSGi services as the parts need them, looked up at each use so a plugin that comes or goes is
 * seen at once. {@link #activatePlugins()} starts the vwb bundles that declare components (Equinox installs
 * them without starting them, and Felix SCR only reads started bundles), as the headless application does.
 */
public final class Services {

    private final BundleContext context;

    public Services() {
        Bundle self = FrameworkUtil.getBundle(Services.class);
        this.context = self.getBundleContext() != null ? self.getBundleContext() : startedContext(self);
    }

    /** Starts every installed vwb bundle with components; returns why a bundle could not start, one line each. */
    public List<String> activatePlugins() {
        List<String> failures = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            String name = bundle.getSymbolicName();
            boolean components = bundle.getHeaders("").get("Service-Component") != null;
            boolean vwb = name != null && name.startsWith("org.vwb.") || String.valueOf(
                    bundle.getHeaders("").get("Require-Bundle")).contains("org.vwb.");
            if (components && vwb && (bundle.getState() & (Bundle.INSTALLED | Bundle.RESOLVED)) != 0) {
                try {
                    bundle.start(Bundle.START_TRANSIENT | Bundle.START_ACTIVATION_POLICY);
                } catch (BundleException | IllegalStateException e) {
                    failures.add("plugin " + name + " " + bundle.getVersion() + " cannot start: " + e.getMessage());
                }
            }
        }
        return failures;
    }

    public Simulator simulator() {
        return one(Simulator.class);
    }

    public LiveRuns liveRuns() {
        return one(LiveRuns.class);
    }

    public List<ConfigurationImporter> importers() {
        return all(ConfigurationImporter.class);
    }

    public List<ReportWriter> reportWriters() {
        return all(ReportWriter.class);
    }

    /** Device models, placements, vendor profiles and cost models (from the simulator), importers, report writers. */
    public List<PluginInfo> plugins() {
        List<PluginInfo> plugins = new ArrayList<>(simulator().plugins());
        for (ServiceReference<ConfigurationImporter> ref : references(ConfigurationImporter.class)) {
            ConfigurationImporter importer = context.getService(ref);
            if (importer != null) {
                plugins.add(info("importer", importer.id(), String.join(" ", importer.fileNamePatterns()), ref));
                context.ungetService(ref);
            }
        }
        for (ServiceReference<ReportWriter> ref : references(ReportWriter.class)) {
            ReportWriter writer = context.getService(ref);
            if (writer != null) {
                plugins.add(info("report writer", writer.format(), writer.description(), ref));
                context.ungetService(ref);
            }
        }
        return plugins;
    }

    private PluginInfo info(String type, String id, String description, ServiceReference<?> ref) {
        Bundle bundle = ref.getBundle();
        return new PluginInfo(type, id, description, bundle == null ? "?" : bundle.getSymbolicName(),
                bundle == null ? "?" : bundle.getVersion().toString());
    }

    private <T> T one(Class<T> type) {
        ServiceReference<T> ref = context.getServiceReference(type);
        T service = ref == null ? null : context.getService(ref);
        if (service == null) {
            throw new IllegalStateException("no " + type.getSimpleName()
                    + " service is running: is the bundle org.vwb.core installed and started?");
        }
        return service;
    }

    private <T> List<T> all(Class<T> type) {
        List<T> services = new ArrayList<>();
        for (ServiceReference<T> ref : references(type)) {
            T service = context.getService(ref);
            if (service != null) {
                services.add(service);
            }
        }
        return services;
    }

    private <T> List<ServiceReference<T>> references(Class<T> type) {
        try {
            Collection<ServiceReference<T>> refs = context.getServiceReferences(type, null);
            List<ServiceReference<T>> sorted = new ArrayList<>(refs);
            sorted.sort(Comparator.reverseOrder());
            return sorted;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BundleContext startedContext(Bundle self) {
        try {
            self.start(Bundle.START_TRANSIENT);
        } catch (BundleException e) {
            throw new IllegalStateException("org.vwb.ui cannot start: " + e.getMessage(), e);
        }
        return self.getBundleContext();
    }
}
