package org.vwb.live.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.vwb.testing.core.StandIns;

class ShellCommandsTest {

    private final LiveFixture fixture = new LiveFixture();

    @AfterEach
    void cleanUp() {
        fixture.close();
    }

    /** The commands as the Gogo runtime finds them: a service with the vwb scope and its functions. */
    private static ShellCommands fromRegistry() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(ShellCommandsTest.class).getBundleContext();
        ServiceReference<?>[] references = context.getServiceReferences((String) null,
                "(&(osgi.command.scope=vwb)(osgi.command.function=set))");
        assertEquals(1, references.length);
        String[] functions = (String[]) references[0].getProperty("osgi.command.function");
        assertTrue(java.util.List.of(functions).containsAll(java.util.List.of("load", "start", "pause", "resume",
                "stop", "status", "set", "undo", "redo", "plugins", "help")));
        return (ShellCommands) context.getService(references[0]);
    }

    @Test
    void shellLoadsStartsChangesAndStopsARunThroughTheRegisteredCommands(@TempDir Path dir) throws Exception {
        ShellCommands vwb = fromRegistry();
        Path file = LiveFixture.write(dir.resolve("c.vwb"), c -> { });
        assertTrue(vwb.load(file.toString()).contains("configurations c"));
        assertTrue(vwb.start("--speed", "50", "1h").startsWith("run "));
        Thread.sleep(100);
        assertTrue(vwb.status().contains("vm1/net0"), vwb.status());
        assertTrue(assertThrows(IllegalStateException.class, () -> vwb.start("1h")).getMessage()
                .contains("vwb:stop it first"), "one model, one run following it");
        String applied = vwb.set("vm1/net0", "mode", "SYNTHETIC", "model", "test-ring");
        assertTrue(applied.startsWith("applied") && applied.contains("vm1/net0: test-nic EMULATED -> test-ring "
                + "SYNTHETIC"), applied);
        String refused = vwb.set("vm1/net0", "model", "no-such-nic");
        assertTrue(refused.startsWith("refused") && refused.contains("no-such-nic"), refused);
        assertTrue(refused.endsWith("(undone in the shell's model)"), refused);
        String wrongName = assertThrows(IllegalArgumentException.class, () -> vwb.set("vm9/net0", "mode",
                "EMULATED")).getMessage();
        assertTrue(wrongName.contains("no virtual machine 'vm9'") && wrongName.contains("(it has: vm1, vm2)"),
                wrongName);
        assertTrue(vwb.pause().contains("paused"));
        assertTrue(vwb.status().contains("paused"));
        vwb.resume();
        assertTrue(vwb.plugins().contains("test-nic"), vwb.plugins());
        String summary = vwb.stop();
        assertTrue(summary.contains("stopped after") && summary.contains("1 change sets applied, 1 refused"),
                summary);
    }

    @Test
    void vendorChangeMovesPlacementAndDriversAndUndoAndRedoAreChangeSetsOfTheirOwn(@TempDir Path dir)
            throws Exception {
        ShellCommands vwb = new ShellCommands(fixture.live(), fixture.plugins.simulator());
        vwb.load(LiveFixture.write(dir.resolve("c.vwb"), c -> { }).toString());
        vwb.start("--speed", "max", "1h");
        String vendor = vwb.set("vendor", "other"); // the part after the vendor's name, when only one has it
        String there = "vendor profile: " + StandIns.VENDOR + " -> " + StandIns.OTHER_VENDOR;
        String back = "vendor profile: " + StandIns.OTHER_VENDOR + " -> " + StandIns.VENDOR;
        assertTrue(vendor.startsWith("applied") && vendor.contains(there), vendor);
        String undone = vwb.undo();
        assertTrue(undone.startsWith("applied") && undone.contains(back), undone);
        String redone = vwb.redo();
        assertTrue(redone.startsWith("applied") && redone.contains(there), redone);
        assertTrue(assertThrows(IllegalStateException.class, vwb::redo).getMessage().contains("nothing to redo"));
        String unknown = assertThrows(IllegalArgumentException.class, () -> vwb.set("vendor", "acme")).getMessage();
        assertTrue(unknown.contains("acme"), unknown);
        vwb.stop();
        assertEquals(3, fixture.live().runs().get(0).finished().get().swaps().size(),
                "vendor, undo, redo: one change set each; the unknown vendor none");
    }

    @Test
    void speedChangesTheCurrentRunsPaceAndRefusesWhatIsNoFactor(@TempDir Path dir) throws Exception {
        ShellCommands vwb = new ShellCommands(fixture.live(), fixture.plugins.simulator());
        vwb.load(LiveFixture.write(dir.resolve("c.vwb"), c -> { }).toString());
        vwb.start("--speed", "1", "1h");
        assertTrue(vwb.speed("250").contains("at 250x real time"), "said in words");
        assertEquals(250, fixture.live().runs().get(0).speed());
        assertTrue(vwb.speed("max").contains("as fast as possible"));
        assertEquals(org.vwb.core.LiveRuns.AS_FAST_AS_POSSIBLE, fixture.live().runs().get(0).speed());
        String wrong = assertThrows(RuntimeException.class, () -> vwb.speed("fast")).getMessage();
        assertTrue(wrong.contains("invalid speed 'fast'"), wrong);
        assertTrue(assertThrows(IllegalArgumentException.class, vwb::speed).getMessage()
                .contains("usage: vwb:speed FACTOR|max"));
        assertEquals(List.of("1", "10", "100", "max"), vwb.completions(List.of("vwb:speed")));
        vwb.stop();
    }

    @Test
    void wrongArgumentsAnswerWithTheUsageAndHelpListsVwbsCommandsApart() throws Exception {
        ShellCommands vwb = new ShellCommands(fixture.live(), fixture.plugins.simulator());
        String pause = assertThrows(IllegalArgumentException.class, () -> vwb.pause("now")).getMessage();
        assertEquals("vwb:pause takes no arguments; usage: vwb:pause", pause);
        String load = assertThrows(IllegalArgumentException.class, () -> vwb.load()).getMessage();
        assertTrue(load.startsWith("vwb:load takes 1 argument; usage: vwb:load FILE"), load);
        String overview = vwb.help();
        for (String name : ShellHelp.names()) {
            assertTrue(overview.contains("vwb:" + name + " "), name + " in " + overview);
        }
        assertFalse(overview.contains("lb "), "the framework's commands are listed by 'help', not here");
        String set = vwb.help("vwb:set");
        assertTrue(set.contains("\nUsage: vwb:set TARGET PROPERTY VALUE") && set.contains("vwb:set vendor PROFILE")
                && set.contains("\nExamples: "), set);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> vwb.help("frobnicate")).getMessage()
                .contains("no vwb command 'frobnicate'"));
    }

    @Test
    void errorLinesNameTheCommandWithoutJavaSignaturesOrListSyntax() {
        String coerce = ShellErrors.message("lb 1 2 3", new IllegalArgumentException(
                "Cannot coerce lb(String, String, String) to any of [(String[]), (boolean, String[])]"));
        assertEquals("lb: wrong arguments (help lb shows them)", coerce);
        assertEquals("unknown command 'frob' (vwb:help lists vwb's commands, help all of them)",
                ShellErrors.message("frob x", new IllegalArgumentException("Command not found: frob")));
        assertEquals("vwb:start: no file loaded", ShellErrors.message("vwb:start",
                new RuntimeException(new IllegalStateException("java.lang.IllegalStateException: no file loaded"))));
        assertEquals("vwb:pause takes no arguments; usage: vwb:pause", ShellErrors.message("vwb:pause 1",
                new IllegalArgumentException("vwb:pause takes no arguments; usage: vwb:pause")), "named once");
        assertEquals("vwb:stop: failed (null pointer exception; --debug shows the details)",
                ShellErrors.message("vwb:stop", new NullPointerException()));
    }

    @Test
    void aDeviceIsBackedByTheHostsPhysicalDeviceNamedInOneChangeSetAndAnUnknownOneIsNamedWithTheChoices(
            @TempDir Path dir) throws Exception {
        ShellCommands vwb = fromRegistry();
        vwb.load(LiveFixture.write(dir.resolve("c.vwb"), c -> { }).toString());
        vwb.start("--speed", "50", "1h");
        Thread.sleep(100);
        String unknown = assertThrows(IllegalArgumentException.class, () -> vwb.set("vm1/net0", "backing", "nic9"))
                .getMessage();
        assertTrue(unknown.contains("host 'host' has no physical device 'nic9' (it has: nic0; or none)"), unknown);
        String backed = vwb.set("vm1/net0", "backing", "nic0");
        assertTrue(backed.startsWith("applied"), backed);
        String passthroughWithout = vwb.set("vm1/net0", "backing", "none", "mode", "passthrough");
        assertTrue(passthroughWithout.startsWith("refused") && passthroughWithout.contains("without a backing "
                + "physical device"), passthroughWithout);
        String summary = vwb.stop();
        assertTrue(summary.contains("1 change sets applied, 1 refused"), summary);
    }

    @Test
    void completionOffersTargetsPropertiesValuesAndVendorsOfTheLoadedFile(@TempDir Path dir) throws Exception {
        ShellCommands vwb = new ShellCommands(fixture.live(), fixture.plugins.simulator());
        vwb.load(LiveFixture.write(dir.resolve("c.vwb"), c -> { }).toString());
        assertEquals(List.of("vendor", "hypervisor", "vm1", "vm1/net0", "vm2", "vm2/net0"),
                vwb.completions(List.of("vwb:set")));
        assertEquals(List.of("mode", "model", "backing"), vwb.completions(List.of("vwb:set", "vm1/net0")));
        assertEquals(List.of("nic0", "none"), vwb.completions(List.of("vwb:set", "vm1/net0", "backing")));
        assertEquals(List.of("emulated", "synthetic", "passthrough"), vwb.completions(List.of("vwb:set", "vm1/net0",
                "mode")).subList(0, 3));
        assertEquals(List.of(StandIns.VENDOR, StandIns.OTHER_VENDOR), vwb.completions(List.of("vwb:set", "vendor")));
        assertTrue(vwb.completions(List.of("vwb:help")).contains("set"));
    }

    @Test
    void commandsWithoutALoadedFileOrRunSayWhatToDoFirst() throws Exception {
        ShellCommands vwb = new ShellCommands(fixture.live(), fixture.plugins.simulator());
        assertTrue(assertThrows(IllegalStateException.class, vwb::status).getMessage().contains("vwb:load"));
        assertTrue(assertThrows(IllegalStateException.class, vwb::start).getMessage().contains("vwb:load"));
    }
}
