package org.vwb.sweep;

/** An executor cannot carry on (a cluster it cannot reach, members all gone): the whole sweep fails. */
public final class SweepException extends Exception {

    private static final long serialVersionUID = 1L;

    public SweepException(String message, Throwable cause) {
        super(message, cause);
    }
}
