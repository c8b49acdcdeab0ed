package org.vwb.headless.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.vwb.plugins.PluginInstaller;

/**
 * Brings every installed plugin's Declarative Services components to life before a command runs. Equinox
 * installs the product's bundles without starting them, and Felix SCR only reads the components of bundles that
 * are starting or active; nothing else in a headless run would ever load a device model or vendor profile
 * bundle. So each vwb plugin bundle that declares components is started with its own activation policy (lazy:
 * no class is loaded until a component needs it). A plugin dropped into the installation later is found the
 * same way, without a line in the product file. A plugin is a bundle that builds on vwb (its manifest requires or
 * imports an {@code org.vwb} bundle or package); the runtime's own component bundles (the OSGi console, ...) are
 * left to whoever needs them: starting them would cost every command a tenth of its start-up. A plugin bundle
 * stopped with {@code stop N} in {@code vwb shell} stays stopped for the rest of that shell session only.
 */
final class PluginActivation {

    private PluginActivation() {
    }

    static void startComponentBundles(PrintStreamSink warnings) {
        Bundle self = FrameworkUtil.getBundle(PluginActivation.class);
        BundleContext context = self == null ? null : self.getBundleContext();
        if (context == null) {
            return;
        }
        for (Bundle bundle : context.getBundles()) {
            boolean declaresComponents = bundle.getHeaders("").get("Service-Component") != null;
            boolean fragment = bundle.getHeaders("").get("Fragment-Host") != null;
            if (declaresComponents && !fragment && buildsOnVwb(bundle) && notStarted(bundle)) {
                try {
                    bundle.start(Bundle.START_ACTIVATION_POLICY);
                } catch (BundleException | IllegalStateException e) {
                    warnings.warn("plugin " + bundle.getSymbolicName() + " " + bundle.getVersion()
                            + " cannot start: " + e.getMessage());
                }
            }
        }
    }

    /**
     * Brings the framework in line with the plugins the user installed and the installation's dropins folder
     * ({@link PluginInstaller#synchronize()}), so a command sees what {@code vwb plugins install} or another vwb
     * changed; each plugin left out is one warning naming it. Without the installer bundle there is nothing to do.
     */
    static void synchronizeInstalled(PrintStreamSink warnings) {
        Bundle self = FrameworkUtil.getBundle(PluginActivation.class);
        BundleContext context = self == null ? null : self.getBundleContext();
        ServiceReference<PluginInstaller> reference = context == null ? null
                : context.getServiceReference(PluginInstaller.class);
        PluginInstaller installer = reference == null ? null : context.getService(reference);
        if (installer != null) {
            installer.synchronize().problems().forEach(warnings::warn);
            context.ungetService(reference);
        }
    }

    /**
     * Whether a plugin bundle still has to be started: it is not running, or it is not persistently started with
     * its activation policy. The latter is what {@code stop N} in an earlier {@code vwb shell} leaves in the user's
     * cache, and Felix SCR ignores a lazy bundle whose persistent setting does not use its activation policy, so
     * a transient start would not bring its components back: the bundle is started persistently again, and no
     * command's plugin set depends on what an earlier shell did.
     */
    private static boolean notStarted(Bundle bundle) {
        BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
        return (bundle.getState() & (Bundle.INSTALLED | Bundle.RESOLVED)) != 0
                || level != null && !(level.isPersistentlyStarted() && level.isActivationPolicyUsed());
    }

    static boolean buildsOnVwb(Bundle bundle) {
        return mentionsVwb(bundle.getSymbolicName()) || mentionsVwb(bundle.getHeaders("").get("Require-Bundle"))
                || mentionsVwb(bundle.getHeaders("").get("Import-Package"));
    }

    private static boolean mentionsVwb(String header) {
        return header != null && (header.startsWith("org.vwb.") || header.contains(" org.vwb.")
                || header.contains(",org.vwb."));
    }

    /** Where a plugin that cannot start is reported (stderr), without stopping the command. */
    @FunctionalInterface
    interface PrintStreamSink {
        void warn(String line);
    }
}
