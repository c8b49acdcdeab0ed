package org.vwb.live.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vwb.plugins.InstallException;
import org.vwb.plugins.PluginInstaller;

/**
 * The shell's {@code vwb:install} and {@code vwb:uninstall}: the plugin installer in the running framework, so
 * a live run sees a new device model at its next change set and parks the devices of an uninstalled one.
 */
@Component(service = PluginShellCommands.class, property = { "osgi.command.scope=vwb",
        "osgi.command.function=install", "osgi.command.function=uninstall" })
public final class PluginShellCommands {

    private final PluginInstaller installer;

    @Activate
    public PluginShellCommands(@Reference PluginInstaller installer) {
        this.installer = installer;
    }

    @Descriptor(ShellHelp.INSTALL)
    public String install(@Descriptor(ShellHelp.WORDS) String... args) throws InstallException {
        ShellHelp.expect("install", args, 1, 1);
        return installer.install(args[0]).stream().map(p -> "installed plugin " + p.symbolicName() + " "
                + p.version() + " from " + p.source() + " (to remove it: vwb:uninstall " + p.symbolicName() + ")")
                .collect(Collectors.joining("\n"));
    }

    @Descriptor(ShellHelp.UNINSTALL)
    public String uninstall(@Descriptor(ShellHelp.WORDS) String... args) throws InstallException {
        ShellHelp.expect("uninstall", args, 1, Integer.MAX_VALUE);
        return installer.uninstall(List.of(args)).stream().map(p -> "uninstalled plugin " + p.symbolicName() + " "
                + p.version()).collect(Collectors.joining("\n"));
    }

    /** Picks up what another vwb installed and what was dropped in or removed; one line per change or problem. */
    List<String> synchronize() {
        var done = installer.synchronize();
        return java.util.stream.Stream.concat(done.changes().stream().map(c -> "vwb shell: " + c),
                done.problems().stream().map(p -> "warning: " + p)).toList();
    }
}
