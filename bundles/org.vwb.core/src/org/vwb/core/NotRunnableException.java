package org.vwb.core;

import java.util.List;

/**
 * A configuration the engine cannot run (a device model not installed, a placement the vendor profile does not
 * support, no core, a run without end): refused before the run, with every reason.
 */
public final class NotRunnableException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> reasons;

    public NotRunnableException(List<String> reasons) {
        super(String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    /** Each reason, naming the element concerned. */
    public List<String> reasons() {
        return reasons;
    }
}
