package org.vwb.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Hashtable;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.vwb.headless.Command;
import org.vwb.headless.CommandRegistry;
import org.vwb.headless.ExitCodes;

class ServiceCommandsTest {

    @Test
    void commandRegisteredAsAnOsgiServiceIsInstalledBesideTheBuiltInOnes() {
        BundleContext context = FrameworkUtil.getBundle(CommandRegistry.class).getBundleContext();
        ServiceRegistration<Command> registration = context.registerService(Command.class, new EchoCommand(),
                new Hashtable<>());
        try {
            CliRun run = CliRun.of("echo", "--quiet", "from-a-plugin");
            assertEquals(ExitCodes.OK, run.exit(), run::toString);
            assertEquals("from-a-plugin\n", run.out());
            assertTrue(CommandRegistry.installed().find("validate").isPresent());
        } finally {
            registration.unregister();
        }
        assertEquals(ExitCodes.USAGE, CliRun.of("echo", "x").exit());
    }
}
