package org.vwb.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.wiring.FrameworkWiring;
import org.vwb.plugins.InstallException;

/**
 * One all-or-nothing change to the running framework: bundles installed from their jars, then resolved together,
 * started with their activation policy and their components activated once; if any step fails for any of them,
 * {@link #rollBack()} uninstalls every one, so the framework is as it was.
 */
final class FrameworkChanges {

    /** How long a refresh of the framework's wiring may take before vwb goes on without waiting for it. */
    private static final long REFRESH_SECONDS = 30;

    private final BundleContext context;
    private final FrameworkWiring wiring;
    private final List<Bundle> installed = new ArrayList<>();

    FrameworkChanges(BundleContext context) {
        this.context = context;
        this.wiring = context.getBundle(0).adapt(FrameworkWiring.class);
    }

    /** Installs one jar at a location of vwb's own (the framework copies the jar into its storage). */
    Bundle install(BundleJar jar, String location) throws InstallException {
        try (InputStream in = Files.newInputStream(jar.file())) {
            Bundle bundle = context.installBundle(location, in);
            installed.add(bundle);
            return bundle;
        } catch (IOException | BundleException | SecurityException e) {
            throw new InstallException(jar.file() + ": bundle " + jar.label() + " cannot be installed: "
                    + e.getMessage());
        }
    }

    /** The bundles this change installed (and kept). */
    List<Bundle> bundles() {
        return List.copyOf(installed);
    }

    /** Resolves, starts and activates everything installed so far; the reasons name each bundle that failed. */
    void complete(ComponentActivation activation) throws InstallException {
        wiring.resolveBundles(installed);
        List<String> reasons = new ArrayList<>();
        for (Bundle bundle : installed) {
            if (bundle.getState() == Bundle.INSTALLED) {
                reasons.add(label(bundle) + " " + Unresolved.reason(bundle, wiring));
            }
        }
        if (!reasons.isEmpty()) {
            throw new InstallException(reasons);
        }
        for (Bundle bundle : installed) {
            if (!isFragment(bundle)) {
                try {
                    bundle.start(Bundle.START_ACTIVATION_POLICY);
                } catch (BundleException | IllegalStateException e) {
                    reasons.add(label(bundle) + " cannot start: " + message(e));
                }
            }
        }
        if (reasons.isEmpty()) {
            for (Bundle bundle : installed) {
                reasons.addAll(activation.failures(bundle));
            }
        }
        if (!reasons.isEmpty()) {
            throw new InstallException(reasons);
        }
    }

    /**
     * Resolves, starts and activates everything installed so far, each bundle on its own: one that fails is
     * uninstalled again and named in the returned lines, the others stay (dropins and the plugins another
     * process installed, where one broken jar must not keep out the rest).
     */
    List<String> completeEach(ComponentActivation activation) {
        List<String> problems = new ArrayList<>();
        wiring.resolveBundles(installed);
        List<Bundle> failed = new ArrayList<>();
        for (Bundle bundle : installed) {
            String problem = null;
            if (bundle.getState() == Bundle.INSTALLED) {
                problem = label(bundle) + " " + Unresolved.reason(bundle, wiring);
            } else if (!isFragment(bundle)) {
                try {
                    bundle.start(Bundle.START_ACTIVATION_POLICY);
                    List<String> failures = activation.failures(bundle);
                    problem = failures.isEmpty() ? null : String.join("; ", failures);
                } catch (BundleException | IllegalStateException e) {
                    problem = label(bundle) + " cannot start: " + message(e);
                }
            }
            if (problem != null) {
                problems.add(problem);
                failed.add(bundle);
            }
        }
        installed.removeAll(failed);
        uninstall(failed);
        return problems;
    }

    /** Uninstalls every bundle this change installed, and lets the framework forget their wiring. */
    void rollBack() {
        uninstall(installed);
        installed.clear();
    }

    /** Uninstalls bundles and waits (bounded) for the refresh that drops their classes and their dependents'. */
    void uninstall(Collection<Bundle> bundles) {
        List<Bundle> gone = new ArrayList<>();
        for (Bundle bundle : bundles) {
            try {
                bundle.uninstall();
                gone.add(bundle);
            } catch (BundleException | IllegalStateException e) {
                // already uninstalled: nothing left to undo
            }
        }
        refresh(gone);
    }

    void refresh(Collection<Bundle> bundles) {
        if (bundles.isEmpty()) {
            return;
        }
        CountDownLatch done = new CountDownLatch(1);
        wiring.refreshBundles(bundles, event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED || event.getType() == FrameworkEvent.ERROR) {
                done.countDown();
            }
        });
        try {
            done.await(REFRESH_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String label(Bundle bundle) {
        return "plugin " + bundle.getSymbolicName() + " " + bundle.getVersion();
    }

    private static boolean isFragment(Bundle bundle) {
        return bundle.getHeaders("").get("Fragment-Host") != null;
    }

    private static String message(Throwable e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return cause == e ? String.valueOf(e.getMessage()) : e.getMessage() + ": " + cause;
    }
}
