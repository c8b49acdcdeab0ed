package org.vwb.headless.internal.commands;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vwb.headless.Arguments;
import org.vwb.headless.Command;
import org.vwb.headless.CommandIo;
import org.vwb.headless.ExitCodes;
import org.vwb.headless.Option;
import org.vwb.headless.OutputFiles;
import org.vwb.headless.internal.Failures;
import org.vwb.headless.internal.interchange.InstalledInterchange;
import org.vwb.headless.internal.interchange.InterchangeWarnings;
import org.vwb.headless.internal.interchange.ModelBytes;
import org.vwb.interchange.ImportResult;
import org.vwb.interchange.Interchange;
import org.vwb.interchange.InterchangeException;

/**
 * {@code vwb import FILE... [--out DIR] [--force]}: turns each OVF/OVA, libvirt or .vmx file into a {@code .vwb}
 * model. Every file is tried even after one fails, so one run shows everything that is wrong.
 */
public final class ImportCommand implements Command {

    static final Option OUT_DIR = Option.value("out", 'o', "DIR",
            "write the .vwb files to DIR instead of beside each input");

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
                --out. An existing .vwb file is replaced only with --force, always atomically. What an importer
                had to guess is one line on stderr:
                  warning: FILE:LINE: ELEMENT: MESSAGE
                A file that cannot be read is one line, and the other files are still imported:
                  error: FILE:LINE: REASON
                stdout lists each file written and a summary. Exit code 0 when every file was imported (warnings
                allowed), 1 when any failed.""";
    }

    @Override
    public List<Option> options() {
        return List.of(OUT_DIR, Option.FORCE);
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
        for (Path file : files) {
            Path target = folder.orElse(parentOf(file)).resolve(baseName(file) + ".vwb");
            try {
                Path earlier = written.get(target.toAbsolutePath().normalize());
                if (earlier != null) {
                    throw new FileAlreadyExistsException(target.toString(), null,
                            "was just written from " + earlier + "; import one of them with --out elsewhere");
                }
                ImportResult result = interchange.importFile(file);
                InterchangeWarnings.report(result.warnings(), io);
                warnings += result.warnings().size();
                OutputFiles.write(target, ModelBytes.of(result.model(), target), arguments.has(Option.FORCE), files);
                written.put(target.toAbsolutePath().normalize(), file);
                io.out().println("wrote " + target + " (" + plural(result.model().getConfigurations().size(),
                        "virtual machine configuration") + " from " + file + ")");
            } catch (InterchangeException e) {
                failed++;
                io.fail(e.getMessage(), e);
            } catch (IOException e) {
                failed++;
                io.fail(file + ": not imported: " + Failures.oneLine(e), e);
            }
        }
        io.out().println("imported " + plural(files.size(), "file") + ": " + (files.size() - failed) + " written, "
                + failed + " failed; " + plural(warnings, "warning"));
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
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
