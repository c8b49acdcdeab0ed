package org.vwb.headless.internal.commands;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.vwb.core.PluginCalls;
import org.vwb.core.PluginFailure;
import org.vwb.core.PluginInfo;
import org.vwb.headless.Arguments;
import org.vwb.headless.CommandIo;
import org.vwb.headless.ExitCodes;
import org.vwb.headless.Option;
import org.vwb.headless.TextTable;
import org.vwb.headless.internal.simulation.Rejected;
import org.vwb.headless.internal.simulation.Services;
import org.vwb.headless.internal.simulation.SimulationCommand;
import org.vwb.headless.internal.simulation.SimulationOptions;
import org.vwb.plugins.InstalledPlugin;
import org.vwb.plugins.PluginInstaller;
import org.vwb.report.ReportWriter;
import org.vwb.report.json.JsonWriter;

/**
 * {@code vwb plugins}: what is installed, and from which bundle: device models, driver placements, vendor
 * profiles and cost models (as the simulator sees them), report writers, and configuration importers and
 * exporters (found by their service type's name, so this bundle does not depend on the interchange bundle); then
 * the plugins the user installed or dropped in, where each came from and how to remove it. With {@code install}
 * or {@code uninstall} it changes them instead ({@link PluginChanges}).
 */
public final class PluginsCommand extends SimulationCommand {

    /** Of the JSON listing (docs/plugins.schema.json): raised when a field is renamed or removed. */
    static final int SCHEMA_VERSION = 1;
    private static final List<String> FORMATS = List.of("text", "json");
    private static final Option FORMAT = SimulationOptions.format(FORMATS);
    /** Service types of other bundles, listed by the id they report. */
    private static final List<String[]> FOREIGN = List.of(
            new String[] { "importer", "org.vwb.interchange.ConfigurationImporter", "id" },
            new String[] { "exporter", "org.vwb.interchange.ConfigurationExporter", "format" });

    @Override
    public String name() {
        return "plugins";
    }

    @Override
    public String summary() {
        return "list the installed device models, placements, vendor profiles, cost models and report writers";
    }

    @Override
    public String usage() {
        return "[install PATH|P2-REPOSITORY | uninstall ID...]";
    }

    @Override
    public String help() {
        return """
                Lists every installed plugin service: its type, id, the bundle that provides it with the bundle's
                version, and a description. The ids are what configuration files name (deviceModel,
                vendorProfile, hardwareGeneration) and what 'vwb compare --vendors' and '--format' take. Then the
                plugins you installed or dropped into the installation's dropins/ folder: where each came from,
                its state, and how to remove it.

                'vwb plugins install PATH' installs a bundle jar, a folder of bundle jars or a local p2 repository
                (a folder or file: URL) for this and every later vwb command of this user (they are kept in
                ${XDG_CACHE_HOME:-~/.cache}/vwb/plugins). It is all or nothing: every bundle resolves, starts and
                activates its components, or none stays installed and each reason is named. 'vwb plugins
                uninstall ID...' removes installed plugins by bundle symbolic name. In 'vwb shell' the same is
                vwb:install and vwb:uninstall, while a live run goes on.""";
    }

    @Override
    public List<Option> options() {
        return List.of(FORMAT, Option.OUT, Option.FORCE);
    }

    @Override
    protected int run(Arguments arguments, CommandIo io, Services services) throws Exception {
        Optional<PluginInstaller> installer = services.references(PluginInstaller.class.getName()).stream()
                .findFirst().flatMap(services::service).map(PluginInstaller.class::cast);
        if (PluginChanges.isChange(arguments.operands())) {
            if (installer.isEmpty()) {
                throw new Rejected("no plugin installer: the bundle org.vwb.plugins is missing or did not start");
            }
            return PluginChanges.run(arguments, io, installer.get());
        }
        if (!arguments.operands().isEmpty()) {
            throw new org.vwb.headless.UsageException("unknown plugins operand '" + arguments.operands().get(0)
                    + "' (install PATH or uninstall ID)");
        }
        List<InstalledPlugin> installed = installer.map(PluginInstaller::installed).orElse(List.of());
        String format = SimulationOptions.format(arguments, FORMAT, FORMATS);
        List<PluginInfo> plugins = new ArrayList<>(services.simulator(io).plugins());
        for (ReportWriter writer : services.writers()) {
            plugins.add(info("report writer", writer.format(), described(writer), writer));
        }
        for (String[] foreign : FOREIGN) {
            for (ServiceReference<?> reference : services.references(foreign[1])) {
                services.service(reference).ifPresent(service -> plugins.add(new PluginInfo(foreign[0],
                        idOf(service, foreign[0], foreign[1], foreign[2], io), service.getClass().getSimpleName(),
                        reference.getBundle().getSymbolicName(), reference.getBundle().getVersion().toString())));
            }
        }
        plugins.sort(Comparator.comparing(PluginInfo::type).thenComparing(PluginInfo::id));
        String text = format.equals("json") ? json(plugins, installed) : text(plugins) + installedText(installed);
        io.writeOutput(arguments, text.getBytes(StandardCharsets.UTF_8));
        return ExitCodes.OK;
    }

    /** A writer's description, or why there is none: one broken writer marks its own line, not the listing. */
    private static String described(ReportWriter writer) {
        try {
            return writer.description();
        } catch (PluginFailure e) {
            return "(unavailable: " + e.getMessage() + ")";
        }
    }

    private static PluginInfo info(String type, String id, String description, Object service) {
        Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(Services.provider(service).getClass());
        return new PluginInfo(type, id, description, bundle == null ? "(not in OSGi)" : bundle.getSymbolicName(),
                bundle == null ? "" : bundle.getVersion().toString());
    }

    /**
     * The id a service of a type this bundle does not import reports through its public no-argument method; a
     * plugin that throws or does not answer is still listed, by its class, with a warning naming it.
     */
    private static String idOf(Object service, String kind, String typeName, String method, CommandIo io) {
        try {
            for (Class<?> type : service.getClass().getInterfaces()) {
                if (type.getName().equals(typeName)) {
                    return String.valueOf(PluginCalls.ask(kind, null, service, method + "()",
                            () -> type.getMethod(method).invoke(service)));
                }
            }
        } catch (PluginFailure e) {
            io.warning(e.getMessage());
        } catch (ReflectiveOperationException e) {
            io.warning(kind + " " + service.getClass().getName() + " cannot be asked " + method + "(): "
                    + (e.getCause() == null ? e : e.getCause()));
        }
        return service.getClass().getName();
    }

    private static String text(List<PluginInfo> plugins) {
        TextTable table = new TextTable(5, "type", "id", "bundle", "version", "description");
        plugins.forEach(p -> table.row(p.type(), p.id(), p.bundle(), p.version(), p.description()));
        return table.toString();
    }

    /** The user's plugins, after a blank line; nothing when there are none, so the listing stays as it was. */
    private static String installedText(List<InstalledPlugin> installed) {
        if (installed.isEmpty()) {
            return "";
        }
        TextTable table = new TextTable(5, "installed plugin", "version", "state", "from", "to remove");
        installed.forEach(p -> table.row(p.symbolicName(), p.version(), p.state(), p.source(), p.howToRemove()));
        return "\n" + table;
    }

    private static String json(List<PluginInfo> plugins, List<InstalledPlugin> installed) {
        JsonWriter json = new JsonWriter().beginObject().name("report").value("vwb-plugins").name("schemaVersion")
                .value(SCHEMA_VERSION).name("plugins").beginArray();
        for (PluginInfo p : plugins) {
            json.beginObject().name("type").value(p.type()).name("id").value(p.id()).name("bundle").value(p.bundle())
                    .name("version").value(p.version()).name("description").value(p.description()).endObject();
        }
        json.endArray().name("installed").beginArray();
        for (InstalledPlugin p : installed) {
            json.beginObject().name("bundle").value(p.symbolicName()).name("version").value(p.version())
                    .name("origin").value(p.origin().name().toLowerCase(java.util.Locale.ROOT)).name("source")
                    .value(p.source()).name("state").value(p.state()).name("remove").value(p.howToRemove())
                    .endObject();
        }
        return json.endArray().endObject().toString();
    }
}
