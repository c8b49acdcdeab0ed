package org.vwb.ui.internal.plugins;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.vwb.plugins.InstallException;
import org.vwb.plugins.InstalledPlugin;
import org.vwb.plugins.PluginInstaller;
import org.vwb.plugins.Synchronization;

/**
 * The workbench's side of the plugin installer ({@link PluginInstaller}), in the words the Plugins view and the
 * workbench's log show: one line per outcome, the reasons of a refusal joined, never an exception. Without the
 * installer bundle every change says so and the list is empty.
 */
public final class PluginChanges {

    private static final String MISSING = "no plugin installer: the bundle org.vwb.plugins is missing";

    public String install(String source) {
        return installer().map(i -> {
            try {
                return i.install(source).stream().map(p -> "installed " + p.symbolicName() + " " + p.version()
                        + " from " + p.source()).collect(Collectors.joining("; "));
            } catch (InstallException e) {
                return "not installed: " + e.getMessage();
            }
        }).orElse(MISSING);
    }

    public String uninstall(List<String> symbolicNames) {
        return installer().map(i -> {
            try {
                return i.uninstall(symbolicNames).stream().map(p -> "uninstalled " + p.symbolicName() + " "
                        + p.version()).collect(Collectors.joining("; "));
            } catch (InstallException e) {
                return "not uninstalled: " + e.getMessage();
            }
        }).orElse(MISSING);
    }

    public List<InstalledPlugin> installed() {
        return installer().map(PluginInstaller::installed).orElse(List.of());
    }

    /** What the dropins folder or another vwb changed since the last call, as one line; nothing when nothing did. */
    public Optional<String> synchronize() {
        Optional<Synchronization> done = installer().map(PluginInstaller::synchronize).filter(s -> !s.quiet());
        return done.map(s -> Stream.concat(s.changes().stream(), s.problems().stream()).collect(Collectors
                .joining("; ")));
    }

    private static Optional<PluginInstaller> installer() {
        Bundle bundle = FrameworkUtil.getBundle(PluginChanges.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        ServiceReference<PluginInstaller> reference = context == null ? null
                : context.getServiceReference(PluginInstaller.class);
        return Optional.ofNullable(reference == null ? null : context.getService(reference));
    }
}
