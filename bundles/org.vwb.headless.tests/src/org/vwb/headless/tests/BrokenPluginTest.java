package org.vwb.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.vwb.core.PluginCalls;
import org.vwb.headless.ExitCodes;
import org.vwb.model.Configuration;
import org.vwb.model.Model;
import org.vwb.model.VirtualDevice;
import org.vwb.model.persistence.ModelFiles;
import org.vwb.testing.StandInFiles;
import org.vwb.testing.StandInPlugins;
import org.vwb.testing.broken.AssertingDeviceModel;
import org.vwb.testing.broken.BlockingIdVendorProfile;
import org.vwb.testing.broken.BrokenPlugins;
import org.vwb.testing.broken.SilentVendorProfile;
import org.vwb.testing.broken.ThrowingDescriptionCostModel;

/**
 * Deliberately broken plugins (real DS components of org.vwb.testing, enabled one test at a time) never hang a
 * command and are always named: bundle, version, component, and what they were asked. The plugin time-out is
 * set to 300 ms here, so a plugin that never answers costs each case a fraction of a second; the preemptive
 * limit only keeps a regression from hanging the build.
 */
class BrokenPluginTest extends StandInPluginTest {

    private static final Duration NEVER_HANGS = Duration.ofSeconds(120);

    @BeforeEach
    void shortPluginTimeout() {
        System.setProperty(PluginCalls.TIMEOUT_PROPERTY, "300ms");
    }

    @AfterEach
    void defaultPluginTimeout() {
        System.clearProperty(PluginCalls.TIMEOUT_PROPERTY);
    }

    /** How messages name a component of org.vwb.testing. */
    private static String named(String kind, Class<?> component) {
        Bundle bundle = FrameworkUtil.getBundle(component);
        return kind + " (bundle " + bundle.getSymbolicName() + " " + bundle.getVersion() + ", component "
                + component.getName() + ")";
    }

    /**
     * Enables a broken plugin whose id() answers, under the default time-out: the short one is for the calls the
     * test makes it fail, and under heavy load the thread that asks the id may not run within 300 ms, which
     * would leave the plugin out with an extra warning before its calls are even made.
     */
    private static BrokenPlugins enableAnswering(Class<?> component) {
        System.clearProperty(PluginCalls.TIMEOUT_PROPERTY);
        try {
            return BrokenPlugins.enable(component);
        } finally {
            System.setProperty(PluginCalls.TIMEOUT_PROPERTY, "300ms");
        }
    }

    private static CliRun cli(Object... args) {
        return assertTimeoutPreemptively(NEVER_HANGS, () -> CliRun.of(args));
    }

    private Path file(String vendor, String emulatedModel) throws Exception {
        Path file = StandInFiles.write(dir.resolve("duel.vwb"), "legacy-vm", true);
        Model model = ModelFiles.load(file);
        for (Configuration configuration : model.getConfigurations()) {
            if (vendor != null) {
                configuration.getHypervisor().setVendorProfile(vendor);
            }
            for (VirtualDevice device : configuration.getVirtualMachines().get(0).getDevices()) {
                if (emulatedModel != null) {
                    device.setDeviceModel(emulatedModel);
                }
            }
        }
        ModelFiles.save(model, file);
        return file;
    }

    @Test
    void versionHelpAndUsageErrorsAnswerWhileAPluginsIdNeverReturns() {
        try (BrokenPlugins blocking = BrokenPlugins.enable(BlockingIdVendorProfile.class)) {
            CliRun version = cli("--version");
            assertEquals(ExitCodes.OK, version.exit(), version::toString);
            assertTrue(version.out().startsWith("vwb "), version::toString);
            CliRun help = cli("--help");
            assertEquals(ExitCodes.OK, help.exit(), help::toString);
            assertTrue(help.out().contains("\n  compare "), help::toString);
            CliRun helpRun = cli("help", "run");
            assertEquals(ExitCodes.OK, helpRun.exit(), helpRun::toString);
            assertTrue(helpRun.out().startsWith("Usage: vwb run [OPTION]... FILE"), helpRun::toString);
            assertEquals(ExitCodes.USAGE, cli("frobnicate").exit());
            assertEquals(ExitCodes.USAGE, cli("run", "--no-such-option", "x.vwb").exit());
            assertEquals(ExitCodes.USAGE, cli("help", "frobnicate").exit());
        }
    }

    @Test
    void aPluginWhoseIdNeverReturnsIsLeftOutWithAWarningNamingIt() {
        try (BrokenPlugins blocking = BrokenPlugins.enable(BlockingIdVendorProfile.class)) {
            CliRun plugins = cli("plugins");
            assertEquals(ExitCodes.OK, plugins.exit(), plugins::toString);
            assertTrue(plugins.errLines().contains("warning: " + named("vendor profile", BlockingIdVendorProfile.class)
                    + " did not answer id() within 300 ms; it is left out"), plugins::toString);
            assertTrue(plugins.out().contains(StandInPlugins.SPLIT), plugins::toString);
        }
    }

    @Test
    void compareFinishesTheOtherRunsWhenAVendorProfileNeverAnswers() throws Exception {
        Path file = file(null, null);
        try (BrokenPlugins silent = enableAnswering(SilentVendorProfile.class)) {
            CliRun compare = cli("compare", file, "--vendors", SilentVendorProfile.ID);
            assertEquals(ExitCodes.FAILED, compare.exit(), compare::toString);
            String plugin = named("vendor profile '" + SilentVendorProfile.ID + "'", SilentVendorProfile.class);
            assertEquals(List.of("error: " + file + ": configuration 'mono@broken.silent': " + plugin
                    + " did not answer route() within 300 ms", "error: " + file + ": configuration "
                    + "'split@broken.silent': " + plugin + " did not answer route() within 300 ms"),
                    compare.errLines(), compare::toString);
            assertTrue(compare.out().lines().anyMatch(l -> l.matches(" +mono +split *")), compare::toString);
        }
    }

    @Test
    void runUnderAVendorProfileThatNeverAnswersFailsNamingItAndTheQuestion() throws Exception {
        Path file = file(SilentVendorProfile.ID, null);
        try (BrokenPlugins silent = enableAnswering(SilentVendorProfile.class)) {
            CliRun run = cli("run", file, "--config", "mono");
            assertEquals(ExitCodes.FAILED, run.exit(), run::toString);
            assertEquals(List.of("error: " + file + ": configuration 'mono': a plugin failed while the run was "
                    + "prepared: " + named("vendor profile '" + SilentVendorProfile.ID + "'",
                            SilentVendorProfile.class) + " did not answer route() within 300 ms"), run.errLines());
            assertEquals("", run.out());
        }
    }

    @Test
    void aDeviceModelThatFailsAnAssertionFailsItsRunNamingThePlugin() throws Exception {
        Path file = file(null, AssertingDeviceModel.ID);
        try (BrokenPlugins asserting = enableAnswering(AssertingDeviceModel.class)) {
            CliRun run = cli("run", file, "--config", "mono");
            assertEquals(ExitCodes.FAILED, run.exit(), run::toString);
            assertEquals(List.of("error: " + file + ": configuration 'mono': the run failed: device legacy-vm/net0: "
                    + named("device model '" + AssertingDeviceModel.ID + "'", AssertingDeviceModel.class)
                    + " failed in emulate(): AssertionError: doorbell written while the ring was not set up"),
                    run.errLines());
        }
    }

    @Test
    void aDescriptionThatThrowsMarksItsOwnLineOfThePluginList() {
        try (BrokenPlugins throwing = enableAnswering(ThrowingDescriptionCostModel.class)) {
            CliRun plugins = cli("plugins", "--format", "json");
            assertEquals(ExitCodes.OK, plugins.exit(), plugins::toString);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> listed = (List<Map<String, Object>>) SimulationTestSupport
                    .object(plugins.out()).get("plugins");
            Map<String, Object> broken = listed.stream().filter(p -> p.get("id").equals(
                    ThrowingDescriptionCostModel.ID)).findFirst().orElseThrow();
            assertEquals("(unavailable: " + named("cost model '" + ThrowingDescriptionCostModel.ID + "'",
                    ThrowingDescriptionCostModel.class) + " failed in description(): IllegalStateException: "
                    + "description table not loaded)", broken.get("description"));
            assertTrue(listed.stream().anyMatch(p -> p.get("id").equals(StandInPlugins.GENERATION)), plugins::toString);
            assertTrue(listed.stream().anyMatch(p -> p.get("id").equals("html")), plugins::toString);
        }
    }
}
