package org.vwb.headless.internal.simulation;

import java.util.List;

import org.vwb.headless.CommandIo;
import org.vwb.headless.ExitCodes;

/**
 * The input cannot be used, for one or more reasons, each a line naming the file and the element: the command
 * stops before it runs anything, and reports every reason, so one attempt shows all that is wrong.
 */
public final class Rejected extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> reasons;

    public Rejected(List<String> reasons) {
        super(String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public Rejected(String reason) {
        this(List.of(reason));
    }

    /** Prints one {@code error:} line per reason; returns {@link ExitCodes#FAILED}. */
    public int report(CommandIo io) {
        reasons.forEach(io::error);
        io.trace(this);
        return ExitCodes.FAILED;
    }
}
