package org.vwb.headless.internal;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Turns an exception no command caught into the one line the conventions ask for. */
public final class Failures {

    private Failures() {
    }

    /** The exception's message on one line; its type when it has no message, which only a bug produces. */
    public static String oneLine(Throwable failure) {
        if (failure instanceof OutOfMemoryError) {
            return "out of memory (" + failure.getMessage() + "); give vwb more with VWB_VMARGS=-Xmx4g, or check "
                    + "that the input files are what they should be";
        }
        if (failure instanceof Error) {
            return "internal error " + failure.getClass().getName() + " (run with --debug for the stack trace)";
        }
        String message = failure.getMessage();
        if (failure instanceof FileSystemException e && e.getReason() == null) {
            String reason = e instanceof NoSuchFileException ? "no such file"
                    : e instanceof AccessDeniedException ? "permission denied" : e.getClass().getSimpleName();
            message = e.getFile() + ": " + reason;
        }
        if (message == null || message.isBlank()) {
            message = "internal error " + failure.getClass().getName() + " (run with --debug for the stack trace)";
        }
        return message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
