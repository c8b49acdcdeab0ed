package org.vwb.headless.internal.commands;

import java.nio.file.Path;
import java.util.List;

import org.vwb.headless.Arguments;
import org.vwb.headless.Command;
import org.vwb.headless.CommandIo;
import org.vwb.headless.ExitCodes;
import org.vwb.headless.ModelSources;
import org.vwb.model.Model;
import org.vwb.model.persistence.ModelLoadException;
import org.vwb.model.validation.Finding;
import org.vwb.model.validation.ModelValidation;

/**
 * {@code vwb validate FILE...}: loads and validates each configuration, reports every problem on stderr and a
 * summary on stdout. Every file is checked even after one fails, so one run shows all that is wrong.
 */
public final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check configuration files";
    }

    @Override
    public String usage() {
        return "FILE...";
    }

    @Override
    public String help() {
        return """
                Loads each .vwb file ('-' reads standard input) and checks it against the model's rules; only the
                files named are read (a reference to another file or a URL is an error, never followed). Each
                problem is one line on stderr:
                  error: FILE:LINE: REASON             the file cannot be read (missing, malformed, newer version)
                  error: FILE: ELEMENT: REASON         the configuration breaks a rule
                  warning: FILE: ELEMENT: REASON       allowed, but probably not meant (e.g. vCPU overcommit)
                The summary goes to stdout. Exit code 0 when every file is valid (warnings allowed), 1 when any
                file is invalid or unreadable.""";
    }

    @Override
    public int execute(Arguments arguments, CommandIo io) {
        List<Path> files = arguments.paths(1, "FILE");
        Tally tally = new Tally();
        for (Path file : files) {
            check(file, io, tally);
        }
        io.out().println(tally.summary(files.size()));
        return tally.invalidFiles == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private static void check(Path operand, CommandIo io, Tally tally) {
        Path file = ModelSources.label(operand);
        Model model;
        try {
            model = ModelSources.load(operand);
        } catch (ModelLoadException e) {
            tally.invalidFiles++;
            tally.errors++;
            io.fail(e.getMessage(), e);
            return;
        }
        List<Finding> findings = ModelValidation.validate(model);
        for (Finding finding : findings) {
            String line = file + ": " + finding.path() + ": " + finding.reason();
            if (finding.severity() == Finding.Severity.ERROR) {
                tally.errors++;
                io.error(line);
            } else {
                tally.warnings++;
                io.warning(line);
            }
        }
        if (ModelValidation.hasErrors(findings)) {
            tally.invalidFiles++;
        }
    }

    /** Counts for the summary line. */
    private static final class Tally {
        int invalidFiles;
        int errors;
        int warnings;

        String summary(int files) {
            return "validated " + plural(files, "file") + ": " + (files - invalidFiles) + " valid, " + invalidFiles
                    + " invalid; " + plural(errors, "error") + ", " + plural(warnings, "warning");
        }

        private static String plural(int count, String noun) {
            return count + " " + noun + (count == 1 ? "" : "s");
        }
    }
}
