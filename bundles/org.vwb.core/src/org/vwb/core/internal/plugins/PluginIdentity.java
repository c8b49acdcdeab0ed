package org.vwb.core.internal.plugins;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Who a plugin is, for messages: its kind ({@code vendor profile}), its id once it told it, the bundle that
 * registered it (symbolic name and version) and its Declarative Services component name (or, for a service
 * registered by hand, its class).
 */
public record PluginIdentity(String kind, String id, String bundle, String version, String component) {

    /** The identity of a service, from its registration: the bundle that registered it and its component. */
    public static PluginIdentity of(String kind, ServiceReference<?> reference, Object service) {
        Bundle bundle = reference == null ? null : reference.getBundle();
        Object component = reference == null ? null : reference.getProperty("component.name");
        if (bundle == null) {
            bundle = FrameworkUtil.getBundle(service.getClass());
        }
        return new PluginIdentity(kind, null, bundle == null ? "(not in OSGi)" : bundle.getSymbolicName(),
                bundle == null ? "" : bundle.getVersion().toString(), component != null ? "component " + component
                        : "class " + service.getClass().getName());
    }

    /** The identity of a service known only by its registration (not yet activated). */
    public static PluginIdentity of(String kind, ServiceReference<?> reference) {
        Bundle bundle = reference.getBundle();
        Object component = reference.getProperty("component.name");
        return new PluginIdentity(kind, null, bundle == null ? "(unregistered)" : bundle.getSymbolicName(),
                bundle == null ? "" : bundle.getVersion().toString(), component != null ? "component " + component
                        : "service " + reference.getProperty("service.id"));
    }

    /** The identity of a service outside any registration (a test, a plain Java caller). */
    public static PluginIdentity of(String kind, Object service) {
        return of(kind, null, service);
    }

    /** The same plugin once its id is known. */
    public PluginIdentity withId(String knownId) {
        return new PluginIdentity(kind, knownId, bundle, version, component);
    }

    /** E.g. {@code vendor profile 'x' (bundle b 1.0.0, component c)}. */
    @Override
    public String toString() {
        return kind + (id == null ? "" : " '" + id + "'") + " (bundle " + bundle + (version.isEmpty() ? "" : " "
                + version) + ", " + component + ")";
    }
}
