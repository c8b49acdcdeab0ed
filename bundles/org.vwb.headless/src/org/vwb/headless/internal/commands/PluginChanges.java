package org.vwb.headless.internal.commands;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.vwb.headless.Arguments;
import org.vwb.headless.CommandIo;
import org.vwb.headless.ExitCodes;
import org.vwb.headless.TerminalText;
import org.vwb.headless.UsageException;
import org.vwb.headless.internal.simulation.Rejected;
import org.vwb.plugins.InstallException;
import org.vwb.plugins.InstalledPlugin;
import org.vwb.plugins.PluginInstaller;

/**
 * {@code vwb plugins install PATH|P2-REPOSITORY} and {@code vwb plugins uninstall ID...}: one line on stdout per
 * plugin installed or uninstalled, one {@code error:} line per reason when nothing was done (exit 1).
 */
final class PluginChanges {

    static final String INSTALL = "install";
    static final String UNINSTALL = "uninstall";

    private PluginChanges() {
    }

    static boolean isChange(List<String> operands) {
        return !operands.isEmpty() && (operands.get(0).equals(INSTALL) || operands.get(0).equals(UNINSTALL));
    }

    static int run(Arguments arguments, CommandIo io, PluginInstaller installer) throws Exception {
        List<String> operands = arguments.operands();
        List<String> rest = operands.subList(1, operands.size());
        StringBuilder text = new StringBuilder();
        try {
            if (operands.get(0).equals(INSTALL)) {
                if (rest.size() != 1) {
                    throw new UsageException("plugins install takes one jar, folder or p2 repository, not "
                            + rest.size());
                }
                for (InstalledPlugin plugin : installer.install(rest.get(0))) {
                    text.append(line("installed", plugin)).append(" from ").append(TerminalText.escape(plugin
                            .source())).append(" (to remove it: ").append(plugin.howToRemove()).append(")\n");
                }
            } else {
                if (rest.isEmpty()) {
                    throw new UsageException("plugins uninstall needs the id of an installed plugin (vwb plugins "
                            + "lists them)");
                }
                for (InstalledPlugin plugin : installer.uninstall(rest)) {
                    text.append(line("uninstalled", plugin)).append('\n');
                }
            }
        } catch (InstallException e) {
            return new Rejected(e.reasons()).report(io);
        }
        io.writeOutput(arguments, text.toString().getBytes(StandardCharsets.UTF_8));
        return ExitCodes.OK;
    }

    private static String line(String what, InstalledPlugin plugin) {
        return what + " plugin " + TerminalText.escape(plugin.symbolicName()) + " " + plugin.version();
    }
}
