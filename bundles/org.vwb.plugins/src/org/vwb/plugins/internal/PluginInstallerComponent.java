package org.vwb.plugins.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.vwb.plugins.InstallException;
import org.vwb.plugins.InstalledPlugin;
import org.vwb.plugins.InstalledPlugin.Origin;
import org.vwb.plugins.PluginInstaller;
import org.vwb.plugins.Synchronization;

/**
 * The plugin installer of the running framework. Every operation first synchronizes with the store (another vwb
 * of the same user may have changed it) and holds this object's lock, so the shell's watcher and a command never
 * change the framework at the same time.
 */
@Component(service = PluginInstaller.class)
public final class PluginInstallerComponent implements PluginInstaller {

    private final BundleContext context;
    private final ComponentActivation activation;
    private final Synchronizer synchronizer;

    @Activate
    public PluginInstallerComponent(BundleContext context, @Reference ServiceComponentRuntime runtime) {
        this.context = context;
        this.activation = new ComponentActivation(context, runtime);
        this.synchronizer = new Synchronizer(context);
    }

    @Override
    public synchronized List<InstalledPlugin> install(String source) throws InstallException {
        synchronize();
        Path path = PluginSources.path(source);
        boolean repository = Files.isDirectory(path) && P2Artifacts.isRepository(path);
        List<BundleJar> chosen = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (BundleJar jar : PluginSources.bundles(path)) {
            List<Bundle> same = Locations.named(context, jar.symbolicName());
            if (!names.add(jar.symbolicName())) {
                reasons.add(path + ": holds bundle " + jar.symbolicName() + " twice");
            } else if (same.stream().anyMatch(Locations::isUsers)) {
                InstalledPlugin there = plugin(same.get(0)).orElseThrow();
                reasons.add(jar.file() + ": plugin " + jar.symbolicName() + " is already installed (version "
                        + there.version() + " from " + there.source() + "); to replace it: " + there.howToRemove());
            } else if (!same.isEmpty() && !repository) {
                reasons.add(jar.file() + ": bundle " + jar.symbolicName() + " is part of vwb; a plugin cannot "
                        + "replace it");
            } else if (same.isEmpty()) {
                chosen.add(jar);
            }
        }
        if (!reasons.isEmpty()) {
            throw new InstallException(reasons);
        }
        if (chosen.isEmpty()) {
            throw new InstallException(path + ": every bundle it holds is part of vwb already");
        }
        FrameworkChanges changes = new FrameworkChanges(context);
        PluginStore store = store();
        try {
            for (BundleJar jar : chosen) {
                changes.install(jar, Locations.installed(jar.storeName()));
            }
            changes.complete(activation);
            store.add(chosen, path.toString());
            SimulatorBinding.await(context, changes.bundles());
        } catch (InstallException e) {
            changes.rollBack();
            throw e;
        } catch (IOException | RuntimeException e) {
            changes.rollBack();
            throw new InstallException(store.folder() + ": the installed plugins cannot be recorded: " + e);
        }
        return chosen.stream().map(jar -> plugin(Locations.named(context, jar.symbolicName()).get(0)).orElseThrow())
                .toList();
    }

    @Override
    public synchronized List<InstalledPlugin> uninstall(List<String> symbolicNames) throws InstallException {
        synchronize();
        Set<String> asked = new LinkedHashSet<>(symbolicNames);
        List<Bundle> bundles = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (String name : asked) {
            Optional<Bundle> bundle = Locations.named(context, name).stream().findFirst();
            if (bundle.isPresent() && bundle.get().getLocation().startsWith(Locations.INSTALLED)) {
                bundles.add(bundle.get());
            } else if (bundle.isPresent() && Locations.isUsers(bundle.get())) {
                reasons.add("plugin " + name + " comes from the dropins folder: " + plugin(bundle.get()).orElseThrow()
                        .howToRemove());
            } else {
                List<String> names = installed().stream().map(InstalledPlugin::symbolicName).toList();
                reasons.add(bundle.isPresent() ? "bundle " + name + " is part of vwb, not an installed plugin"
                        : "no plugin " + name + " is installed (" + (names.isEmpty() ? "none is"
                                : "installed: " + String.join(", ", names)) + ")");
            }
        }
        for (Bundle bundle : bundles) {
            Dependents.of(bundle).stream().filter(d -> !asked.contains(d.getSymbolicName())).forEach(d -> reasons.add(
                    "plugin " + d.getSymbolicName() + " needs " + bundle.getSymbolicName() + ": uninstall both ("
                            + "vwb plugins uninstall " + bundle.getSymbolicName() + " " + d.getSymbolicName() + ")"));
        }
        if (!reasons.isEmpty()) {
            throw new InstallException(reasons);
        }
        List<InstalledPlugin> removed = bundles.stream().map(b -> plugin(b).orElseThrow()).toList();
        new FrameworkChanges(context).uninstall(bundles);
        try {
            store().remove(asked);
        } catch (IOException e) {
            throw new InstallException(store().folder() + ": uninstalled for now, but the list of installed plugins "
                    + "cannot be updated, so the next vwb loads them again: " + e);
        }
        return removed;
    }

    @Override
    public synchronized List<InstalledPlugin> installed() {
        List<InstalledPlugin> plugins = new ArrayList<>();
        Map<String, Bundle> present = Locations.users(context);
        PluginStore store = store();
        for (PluginStore.Entry entry : store.entries()) {
            Optional<Bundle> bundle = Optional.ofNullable(present.get(Locations.installed(entry.jar())));
            plugins.add(new InstalledPlugin(entry.symbolicName(), entry.version(), Origin.INSTALLED, entry.source(),
                    Locations.state(bundle, wiring())));
        }
        dropins().filter(Files::isDirectory).ifPresent(folder -> PluginSources.jarsIn(folder).forEach(jar -> plugins
                .add(dropin(jar, Optional.ofNullable(present.get(Locations.dropin(jar)))))));
        return plugins;
    }

    @Override
    public synchronized Synchronization synchronize() {
        return synchronizer.run(store(), dropins(), activation);
    }

    @Override
    public Optional<Path> dropins() {
        return PluginAreas.dropins();
    }

    private InstalledPlugin dropin(Path jar, Optional<Bundle> bundle) {
        if (bundle.isPresent()) {
            return new InstalledPlugin(bundle.get().getSymbolicName(), bundle.get().getVersion().toString(),
                    Origin.DROPINS, jar.toString(), Locations.state(bundle, wiring()));
        }
        try {
            BundleJar read = BundleJar.read(jar);
            return new InstalledPlugin(read.symbolicName(), read.version(), Origin.DROPINS, jar.toString(),
                    "not loaded (refused, see the warning when vwb started)");
        } catch (InstallException e) {
            return new InstalledPlugin(jar.getFileName().toString(), "", Origin.DROPINS, jar.toString(),
                    "not a bundle: " + e.getMessage());
        }
    }

    /** The plugin a user's bundle is, as listed. */
    private Optional<InstalledPlugin> plugin(Bundle bundle) {
        String name = bundle.getSymbolicName();
        return installed().stream().filter(p -> p.symbolicName().equals(name)).findFirst();
    }

    private PluginStore store() {
        return new PluginStore(PluginAreas.installed());
    }

    private FrameworkWiring wiring() {
        return context.getBundle(0).adapt(FrameworkWiring.class);
    }
}
