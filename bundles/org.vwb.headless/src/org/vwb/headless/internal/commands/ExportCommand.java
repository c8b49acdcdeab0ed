package org.vwb.headless.internal.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.vwb.headless.Arguments;
import org.vwb.headless.Command;
import org.vwb.headless.CommandIo;
import org.vwb.headless.ExitCodes;
import org.vwb.headless.Option;
import org.vwb.headless.OutputFiles;
import org.vwb.headless.UsageException;
import org.vwb.headless.internal.interchange.InstalledInterchange;
import org.vwb.headless.internal.interchange.InterchangeWarnings;
import org.vwb.headless.internal.interchange.StagedExport;
import org.vwb.interchange.ConfigurationExporter;
import org.vwb.interchange.Interchange;
import org.vwb.model.Configuration;
import org.vwb.model.Model;
import org.vwb.model.persistence.ModelFiles;
import org.vwb.model.persistence.ModelLoadException;
import org.vwb.model.validation.Finding;
import org.vwb.model.validation.ModelValidation;

/** {@code vwb export FILE --format ovf|libvirt [--out PATH] [--config NAME] [--force]}. */
public final class ExportCommand implements Command {

    static final Option FORMAT = Option.value("format", "ovf|libvirt", "ovf or libvirt (required)");
    static final Option OUT_PATH = Option.value("out", 'o', "PATH",
            "write to PATH (a file, or a folder to write into) instead of beside FILE; - for stdout (one file)");
    static final Option CONFIG = Option.value("config", "NAME", "export only the configuration NAME");

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "write a vwb model as OVF 2 or libvirt domain XML";
    }

    @Override
    public String usage() {
        return "FILE --format ovf|libvirt";
    }

    @Override
    public String help() {
        return """
                Writes the configurations of a .vwb file in another product's format, beside FILE with the
                format's extension unless --out says where. The model is validated first and an invalid one is
                refused. OVF writes one descriptor (several VMs are one VirtualSystemCollection); libvirt writes
                one file per virtual machine, named after its configuration and VM; --config picks one.
                Existing files are replaced only with --force (each atomically), and then only after every
                target has been checked. Devices the format cannot express are left out, each named in a
                warning on stderr. Exit code 0 when written, 1 when FILE is unreadable or a target exists, 2 for
                a missing or unknown --format.""";
    }

    @Override
    public List<Option> options() {
        return List.of(FORMAT, OUT_PATH, CONFIG, Option.FORCE);
    }

    @Override
    public int execute(Arguments arguments, CommandIo io) throws Exception {
        Path file = arguments.paths(1, "FILE").get(0);
        if (arguments.operands().size() > 1) {
            throw new UsageException("one FILE only, not " + arguments.operands().size());
        }
        Interchange interchange = InstalledInterchange.get();
        String format = arguments.value(FORMAT).orElseThrow(() -> new UsageException("missing option --format"));
        ConfigurationExporter exporter = interchange.exporter(format).orElseThrow(() -> new UsageException(
                "unknown format '" + format + "' (known: " + String.join(", ",
                        interchange.exporters().stream().map(ConfigurationExporter::format).toList()) + ")"));
        Model model;
        try {
            model = ModelFiles.load(file);
        } catch (ModelLoadException e) {
            return io.fail(e.getMessage(), e);
        }
        // an export is read by other tools, which trust it: an invalid model (a negative vCPU count, two VMs of
        // one name of which one file would replace the other) is refused whole, as validate would refuse it
        List<Finding> errors = ModelValidation.validate(model).stream()
                .filter(f -> f.severity() == Finding.Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            errors.forEach(f -> io.error(file + ": " + f.path() + ": " + f.reason()));
            return ExitCodes.FAILED;
        }
        Configuration only = null;
        if (arguments.has(CONFIG)) {
            String name = arguments.value(CONFIG).orElseThrow();
            only = model.getConfigurations().stream().filter(c -> name.equals(c.getName())).findFirst().orElse(null);
            if (only == null) {
                return io.fail(file + ": no configuration '" + name + "' (it has: " + String.join(", ",
                        model.getConfigurations().stream().map(Configuration::getName).toList()) + ")", null);
            }
        }
        boolean toStdout = arguments.value(OUT_PATH).filter("-"::equals).isPresent();
        String name = ImportCommand.baseName(file) + exporter.fileExtension();
        Path target = arguments.value(OUT_PATH).filter(out -> !toStdout).map(Path::of)
                .map(out -> Files.isDirectory(out) ? out.resolve(name) : out) // a folder: into it, not beside it
                .orElse(ImportCommand.parentOf(file).resolve(name));
        try (StagedExport staged = StagedExport.of(exporter, model, only, target)) {
            InterchangeWarnings.report(staged.warnings(target), io);
            return toStdout ? writeToStdout(file, staged, arguments, io) : writeFiles(staged, target, arguments, io);
        }
    }

    private static int writeToStdout(Path file, StagedExport staged, Arguments arguments, CommandIo io)
            throws Exception {
        int files = staged.result().files().size();
        if (files != 1) {
            // libvirt writes a file per virtual machine, so one configuration may still make several
            return io.fail(file + ": the export makes " + files + " files and --out - writes one; " + (arguments.has(
                    CONFIG) ? "give --out a PATH (the files are named after it)" : "choose a configuration with "
                            + "--config, or give --out a PATH"), null);
        }
        io.writeOutput(arguments, staged.content(0));
        return ExitCodes.OK;
    }

    private static int writeFiles(StagedExport staged, Path target, Arguments arguments, CommandIo io)
            throws Exception {
        List<Path> targets = staged.targets(target);
        boolean force = arguments.has(Option.FORCE);
        List<Path> existing = targets.stream().filter(Files::exists).toList();
        if (!force && !existing.isEmpty()) {
            existing.forEach(t -> io.error(t + ": exists (use --force to replace it)"));
            return ExitCodes.FAILED;
        }
        for (int i = 0; i < targets.size(); i++) {
            OutputFiles.write(targets.get(i), staged.content(i), force, OutputFiles.inputsOf(arguments));
            io.out().println("wrote " + targets.get(i));
        }
        return ExitCodes.OK;
    }
}
