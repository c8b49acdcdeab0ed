package org.vwb.plugins;

import java.util.List;

/**
 * An install or uninstall that did not happen, with one line per reason, each naming the file or bundle; the
 * framework and the installed plugins are as they were before.
 *
 * @since 0.1.0
 */
public final class InstallException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> reasons;

    public InstallException(List<String> reasons) {
        super(String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public InstallException(String reason) {
        this(List.of(reason));
    }

    /** One line per reason. */
    public List<String> reasons() {
        return reasons;
    }
}
