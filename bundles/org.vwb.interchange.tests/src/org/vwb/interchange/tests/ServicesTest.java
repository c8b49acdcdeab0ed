package org.vwb.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.vwb.interchange.ConfigurationExporter;
import org.vwb.interchange.ConfigurationImporter;
import org.vwb.interchange.Interchange;

/** The importers and exporters are Declarative Services components, registered in the running framework. */
class ServicesTest {

    @Test
    void everyImporterIsARegisteredService() throws Exception {
        BundleContext context = context();
        Set<String> ids = new TreeSet<>();
        for (ConfigurationImporter importer : services(context, ConfigurationImporter.class, 3)) {
            ids.add(importer.id());
        }
        assertEquals(Set.of("libvirt", "ovf", "vmx"), ids);
    }

    @Test
    void everyExporterIsARegisteredService() throws Exception {
        BundleContext context = context();
        Set<String> formats = new TreeSet<>();
        for (ConfigurationExporter exporter : services(context, ConfigurationExporter.class, 2)) {
            formats.add(exporter.format());
        }
        assertEquals(Set.of("libvirt", "ovf"), formats);
    }

    private static BundleContext context() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(Interchange.class);
        assertNotNull(bundle, "runs inside OSGi");
        if (bundle.getState() != Bundle.ACTIVE) {
            bundle.start(); // lazy activation: SCR builds the components of active bundles only
        }
        return bundle.getBundleContext();
    }

    /** Services as SCR registers them; it does so asynchronously, so wait a little. */
    private static <S> List<S> services(BundleContext context, Class<S> type, int expected) throws Exception {
        Collection<ServiceReference<S>> references = List.of();
        for (int i = 0; i < 100 && references.size() < expected; i++) {
            references = context.getServiceReferences(type, null);
            Thread.sleep(references.size() < expected ? 50 : 0);
        }
        List<S> services = new ArrayList<>();
        for (ServiceReference<S> reference : references) {
            services.add(context.getService(reference));
        }
        return services;
    }
}
