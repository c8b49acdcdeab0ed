package org.vwb.sweep;

import java.io.Serializable;

/**
 * One varied parameter set to one value for a run, both as the user wrote them (docs/sweeps.md), e.g.
 * {@code rate} = {@code 1000} or {@code vm[legacy-vm].device[net0].model} = {@code e1000}.
 *
 * @param parameter the parameter's path
 * @param value     the value
 */
public record Assignment(String parameter, String value) implements Serializable {

    private static final long serialVersionUID = 1L;

    @Override
    public String toString() {
        return parameter + "=" + value;
    }
}
