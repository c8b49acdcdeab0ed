package org.vwb.headless.internal.commands;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.vwb.core.Simulator;
import org.vwb.headless.Arguments;
import org.vwb.headless.Command;
import org.vwb.headless.CommandIo;
import org.vwb.headless.ExitCodes;
import org.vwb.headless.Option;
import org.vwb.headless.OutputFiles;
import org.vwb.headless.internal.Failures;
import org.vwb.headless.internal.Services;
import org.vwb.headless.internal.interchange.InstalledInterchange;
import org.vwb.headless.internal.interchange.InterchangeWarnings;
import org.vwb.headless.internal.interchange.ModelBytes;
import org.vwb.headless.internal.interchange.StandardInput;
import org.vwb.interchange.DefaultWorkloads;
import org.vwb.interchange.ImportResult;
import org.vwb.interchange.Interchange;
import org.vwb.interchange.InterchangeException;
import org.vwb.model.Configuration;

/**
 * {@code vwb import FILE... [--out DIR] [--domain NAME|N] [--force]}: turns each OVF/OVA, libvirt or .vmx file
 * (or standard input, {@code -}) into a {@code .vwb} model. Every file is tried even after one fails, so one
 * run shows everything that is wrong.
 */
public final class ImportCommand implements Command {

    /** How long to wait for the simulator's bundle to register it: SCR does so asynchronously. */
    private static final long SIMULATOR_WAIT_MILLIS = 2000;

    private final Supplier<Optional<Simulator>> simulator;

    public ImportCommand() {
        this(() -> Services.await(Simulator.class, SIMULATOR_WAIT_MILLIS));
    }

    /** With the simulator that checks whether the installed plugins run an import, if any: tests choose. */
    public ImportCommand(Supplier<Optional<Simulator>> simulator) {
        this.simulator = simulator;
    }

    static final Option OUT_DIR = Option.value("out", 'o', "DIR",
            "write the .vwb files to DIR instead of beside each input");
    static final Option DOMAIN = Option.value("domain", "NAME|N",
            "import only the VM (libvirt domain, OVF virtual system) named NAME, or the Nth of the file");

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "convert OVF/OVA, libvirt domain XML and VMware .vmx files into vwb models";
    }

    @Override
    public String usage() {
        return "FILE...";
    }

    @Override
    public String help() {
        return """
                Reads each file and writes a .vwb model of the same base name beside it, or into DIR with
                --out. FILE - reads standard input (at most 16 MiB) and writes the model to stdout, or into DIR
                named after the VM. An existing .vwb file is replaced only with --force, always atomically.
                Each imported VM gets a default workload (%s), since no format records one; devices vwb does
                not model are kept as devices of unknown type and are not simulated. A configuration the
                installed plugins cannot run is a warning saying what is missing. What an importer had to
                guess is one line on stderr:
                  warning: FILE:LINE: ELEMENT: MESSAGE
                A file that cannot be read is one line, and the other files are still imported:
                  error: FILE:LINE: REASON
                stdout lists each file written and a summary. Exit code 0 when every file was imported (warnings
                allowed), 1 when any failed.""".formatted(DefaultWorkloads.DESCRIPTION);
    }

    @Override
    public List<Option> options() {
        return List.of(OUT_DIR, DOMAIN, Option.FORCE);
    }

    @Override
    public int execute(Arguments arguments, CommandIo io) {
        List<Path> files = arguments.paths(1, "FILE");
        Optional<Path> folder = arguments.value(OUT_DIR).map(Path::of);
        if (folder.isPresent() && Files.exists(folder.get()) && !Files.isDirectory(folder.get())) {
            return io.fail(folder.get() + ": is not a folder (--out names the folder the .vwb files go to)", null);
        }
        Interchange interchange = InstalledInterchange.get();
        Map<Path, Path> written = new HashMap<>(); // target -> input, so two inputs never write one target
        int failed = 0;
        int warnings = 0;
        boolean modelToStdout = folder.isEmpty() && files.contains(StandardInput.NAME);
        Optional<Simulator> installed = simulator.get(); // once: looking it up may wait for SCR
        for (Path file : files) {
            try {
                ImportResult result = read(interchange, file, arguments, io);
                warnings += result.warnings().size() + runnability(file, result, installed, io);
                String configurations = plural(result.model().getConfigurations().size(),
                        "virtual machine configuration");
                if (file.equals(StandardInput.NAME) && folder.isEmpty()) {
                    io.out().write(ModelBytes.of(result.model(), Path.of("stdin.vwb")));
                    io.progress("wrote the model to stdout (" + configurations + " from standard input)");
                    continue;
                }
                Path target = folder.orElse(parentOf(file)).resolve((file.equals(StandardInput.NAME)
                        ? result.model().getConfigurations().get(0).getName() : baseName(file)) + ".vwb");
                Path earlier = written.get(target.toAbsolutePath().normalize());
                if (earlier != null) {
                    throw new FileAlreadyExistsException(target.toString(), null,
                            "was just written from " + earlier + "; import one of them with --out elsewhere");
                }
                OutputFiles.write(target, ModelBytes.of(result.model(), target), arguments.has(Option.FORCE), files);
                written.put(target.toAbsolutePath().normalize(), file);
                report(io, modelToStdout, "wrote " + target + " (" + configurations + " from " + file + ")");
            } catch (InterchangeException e) {
                failed++;
                io.fail(e.getMessage(), e);
            } catch (IOException | RuntimeException | StackOverflowError e) { // stays this file's failure
                failed++;
                io.fail(file + ": not imported: " + Failures.oneLine(e), e);
            }
        }
        report(io, modelToStdout, "imported " + plural(files.size(), "file") + ": " + (files.size() - failed)
                + " written, " + failed + " failed; " + plural(warnings, "warning"));
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** Imports one file (or standard input), reports its warnings, and picks the VM --domain names. */
    private static ImportResult read(Interchange interchange, Path file, Arguments arguments, CommandIo io)
            throws IOException, InterchangeException {
        ImportResult result;
        if (file.equals(StandardInput.NAME)) {
            try (StandardInput input = StandardInput.read(System.in)) {
                try {
                    result = interchange.importFile(input.file());
                } catch (InterchangeException e) {
                    throw input.named(e);
                }
                InterchangeWarnings.report(result.warnings().stream().map(input::named).toList(), io);
            }
        } else {
            result = interchange.importFile(file);
            InterchangeWarnings.report(result.warnings(), io);
        }
        Optional<String> domain = arguments.value(DOMAIN);
        if (domain.isEmpty()) {
            return result;
        }
        ImportResult all = result;
        return result.only(domain.get()).orElseThrow(() -> new InterchangeException(file, 0, "no VM named '"
                + domain.get() + "' (the file has: " + String.join(", ", all.vmNames()) + ")"));
    }

    /**
     * Says at once when the installed plugins cannot run an imported configuration, and what is missing (a
     * vendor profile, a device model...), instead of leaving it to the first {@code vwb run}. Returns the
     * number of warnings printed.
     */
    private static int runnability(Path file, ImportResult result, Optional<Simulator> installed, CommandIo io) {
        int printed = 0;
        for (Configuration configuration : installed.isEmpty() ? List.<Configuration>of()
                : result.model().getConfigurations()) {
            List<String> problems;
            try {
                problems = installed.get().problems(configuration);
            } catch (RuntimeException e) { // a plugin's bug: the import itself is still good
                problems = List.of("checking failed: " + Failures.oneLine(e));
            }
            if (!problems.isEmpty()) {
                printed++;
                io.warning(file + ": configuration '" + configuration.getName() + "' cannot run with the installed "
                        + "plugins (" + first(problems, configuration.getName()) + "); add the plugin that provides "
                        + "it (vwb plugins lists what is installed) or change the model");
            }
        }
        return printed;
    }

    /** The first few problems, without the configuration the line already names: one readable line. */
    private static String first(List<String> problems, String configuration) {
        int shown = Math.min(3, problems.size());
        List<String> lines = problems.subList(0, shown).stream()
                .map(p -> p.replace("configuration '" + configuration + "': ", "")
                        .replaceFirst("^configuration '" + Pattern.quote(configuration)
                                + "' / virtual machine '[^']*' / ", ""))
                .toList();
        return String.join("; ", lines) + (problems.size() > shown ? "; and " + (problems.size() - shown) + " more" : "");
    }

    /** Results go to stdout, unless stdout carries a model; then they are status lines on stderr. */
    private static void report(CommandIo io, boolean modelToStdout, String line) {
        if (modelToStdout) {
            io.progress(line);
        } else {
            io.out().println(line);
        }
    }

    /** The name without its last extension: {@code web.ovf} gives {@code web}. */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The folder of a file as the user wrote it, so messages name paths the way the user gave them. */
    static Path parentOf(Path file) {
        return file.getParent() == null ? Path.of("") : file.getParent();
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
