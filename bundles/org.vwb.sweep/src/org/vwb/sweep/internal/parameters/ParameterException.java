package org.vwb.sweep.internal.parameters;

/** A parameter that cannot be read or applied; the message names the parameter as the user wrote it. */
public final class ParameterException extends Exception {

    private static final long serialVersionUID = 1L;

    public ParameterException(String message) {
        super(message);
    }
}
