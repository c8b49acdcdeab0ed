package org.vwb.live.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

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
                "stop", "status", "set", "plugins")));
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
        String applied = vwb.set("vm1/net0", "mode", "SYNTHETIC", "model", "test-ring");
        assertTrue(applied.startsWith("applied") && applied.contains("vm1/net0: test-nic EMULATED -> test-ring "
                + "SYNTHETIC"), applied);
        String refused = vwb.set("vm1/net0", "model", "no-such-nic");
        assertTrue(refused.startsWith("refused") && refused.contains("no-such-nic"), refused);
        String wrongName = vwb.set("vm9/net0", "mode", "EMULATED");
        assertTrue(wrongName.contains("no virtual machine 'vm9'"), wrongName);
        assertTrue(vwb.pause().contains("paused"));
        assertTrue(vwb.status().contains("paused"));
        vwb.resume();
        assertTrue(vwb.plugins().contains("test-nic"), vwb.plugins());
        String summary = vwb.stop();
        assertTrue(summary.contains("1 change sets applied, 1 refused"), summary);
    }

    @Test
    void commandsWithoutALoadedFileOrRunSayWhatToDoFirst() throws Exception {
        ShellCommands vwb = new ShellCommands(fixture.live(), fixture.plugins.simulator());
        assertTrue(assertThrows(IllegalStateException.class, vwb::status).getMessage().contains("vwb:load"));
        assertTrue(assertThrows(IllegalStateException.class, vwb::start).getMessage().contains("vwb:load"));
    }
}
