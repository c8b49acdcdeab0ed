package org.vwb.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.vwb.plugins.InstallException;
import org.vwb.plugins.Synchronization;

/**
 * Brings the framework in line with the store of installed plugins and the dropins folder. A jar that was refused
 * is not tried again (nor reported again) in this process until its file changes, so a watcher can call this every
 * few seconds.
 */
final class Synchronizer {

    private final BundleContext context;
    private final Map<String, FileTime> refused = new HashMap<>();

    Synchronizer(BundleContext context) {
        this.context = context;
    }

    Synchronization run(PluginStore store, Optional<Path> dropins, ComponentActivation activation) {
        Map<String, Path> wanted = new LinkedHashMap<>();
        for (PluginStore.Entry entry : store.entries()) {
            wanted.put(Locations.installed(entry.jar()), store.jar(entry));
        }
        dropins.filter(Files::isDirectory).ifPresent(folder -> PluginSources.jarsIn(folder)
                .forEach(jar -> wanted.put(Locations.dropin(jar), jar)));
        List<String> changes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        FrameworkChanges framework = new FrameworkChanges(context);
        Map<String, Bundle> present = Locations.users(context);
        List<Bundle> gone = new ArrayList<>();
        for (Map.Entry<String, Bundle> bundle : present.entrySet()) {
            if (!wanted.containsKey(bundle.getKey())) {
                gone.add(bundle.getValue());
                changes.add("uninstalled " + FrameworkChanges.label(bundle.getValue()) + " (" + gone(bundle.getKey())
                        + ")");
            }
        }
        framework.uninstall(gone);
        List<Bundle> updated = new ArrayList<>();
        for (Map.Entry<String, Path> jar : wanted.entrySet()) {
            Bundle bundle = present.get(jar.getKey());
            if (bundle != null && jar.getKey().startsWith(Locations.DROPINS) && newer(jar.getValue(), bundle)) {
                update(bundle, jar.getValue(), changes, problems);
                updated.add(bundle);
            } else if (bundle == null && !stillRefused(jar.getKey(), jar.getValue())) {
                install(framework, jar.getKey(), jar.getValue(), problems);
            }
        }
        framework.refresh(updated);
        problems.addAll(framework.completeEach(activation));
        SimulatorBinding.await(context, framework.bundles());
        Map<String, Bundle> now = Locations.users(context);
        for (Map.Entry<String, Path> jar : wanted.entrySet()) {
            Bundle bundle = now.get(jar.getKey());
            if (bundle == null && !present.containsKey(jar.getKey())) {
                refuse(jar.getKey(), jar.getValue());
            } else if (bundle != null && !present.containsKey(jar.getKey())) {
                changes.add("installed " + FrameworkChanges.label(bundle) + " from " + jar.getValue());
            }
        }
        return new Synchronization(changes, problems);
    }

    private void install(FrameworkChanges framework, String location, Path file, List<String> problems) {
        try {
            BundleJar jar = BundleJar.read(file);
            List<Bundle> same = Locations.named(context, jar.symbolicName());
            if (!same.isEmpty()) {
                throw new InstallException(file + ": bundle " + jar.symbolicName() + " is already installed (from "
                        + same.get(0).getLocation() + ")");
            }
            framework.install(jar, location);
        } catch (InstallException e) {
            refuse(location, file);
            problems.addAll(e.reasons());
        }
    }

    private void update(Bundle bundle, Path file, List<String> changes, List<String> problems) {
        try (InputStream in = Files.newInputStream(file)) {
            bundle.update(in);
            changes.add("updated " + FrameworkChanges.label(bundle) + " from " + file);
        } catch (IOException | BundleException | IllegalStateException e) {
            problems.add(file + ": " + FrameworkChanges.label(bundle) + " cannot be updated: " + e.getMessage());
        }
    }

    private boolean newer(Path file, Bundle bundle) {
        try {
            return Files.getLastModifiedTime(file).toMillis() > bundle.getLastModified();
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether this jar was refused before and has not changed since. */
    private boolean stillRefused(String location, Path file) {
        FileTime before = refused.get(location);
        try {
            return before != null && before.equals(Files.getLastModifiedTime(file));
        } catch (IOException e) {
            return true;
        }
    }

    private void refuse(String location, Path file) {
        try {
            refused.put(location, Files.getLastModifiedTime(file));
        } catch (IOException e) {
            refused.put(location, FileTime.fromMillis(0));
        }
    }

    private static String gone(String location) {
        return location.startsWith(Locations.DROPINS) ? "removed from the dropins folder"
                : "uninstalled by another vwb";
    }
}
