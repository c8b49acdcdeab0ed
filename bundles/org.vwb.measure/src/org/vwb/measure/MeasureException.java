package org.vwb.measure;

import java.nio.file.Path;
import java.util.Optional;

/** A measurement that could not be made; when the guest ran, its serial console log is kept and named. */
public final class MeasureException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path serialLog;

    public MeasureException(String message) {
        this(message, null, null);
    }

    public MeasureException(String message, Path serialLog, Throwable cause) {
        super(serialLog == null ? message : message + " (serial console log kept: " + serialLog + ")", cause);
        this.serialLog = serialLog;
    }

    /** The guest's serial console log, kept for the user to read. */
    public Optional<Path> serialLog() {
        return Optional.ofNullable(serialLog);
    }
}
