package org.vwb.headless;

import java.nio.file.Path;

import org.vwb.model.Model;
import org.vwb.model.persistence.ModelFiles;
import org.vwb.model.persistence.ModelLoadException;

/**
 * The model a command reads from its {@code FILE} operand: a {@code .vwb} file, or standard input when the operand
 * is {@code -} (bounded by the same size limit as a file). Either way only that one input is read.
 */
public final class ModelSources {

    /** The operand that means standard input. */
    public static final String STDIN = "-";

    /** How standard input is named in messages. */
    public static final Path STDIN_LABEL = Path.of("<stdin>");

    private ModelSources() {
    }

    /** Loads the model the operand names. */
    public static Model load(Path operand) throws ModelLoadException {
        return isStdin(operand) ? ModelFiles.load(STDIN_LABEL, System.in) : ModelFiles.load(operand);
    }

    /** The operand as messages name it: {@code <stdin>} for {@code -}, else the path as given. */
    public static Path label(Path operand) {
        return isStdin(operand) ? STDIN_LABEL : operand;
    }

    private static boolean isStdin(Path operand) {
        return operand.toString().equals(STDIN);
    }
}
