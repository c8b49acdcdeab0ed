package org.vwb.sweep.internal.parameters;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a sweep can vary, by the name the user writes after the scope. Each knob belongs to one kind of model
 * element and says whether its values are numbers (a numeric knob can be the x axis of the report's curves).
 */
public enum Knob {
    /** Open-loop request rate of workloads, requests per simulated second. */
    RATE("rate", Target.WORKLOAD, true),
    /** Closed-loop queue depth (outstanding requests) of workloads. */
    DEPTH("depth", Target.WORKLOAD, true),
    /** Request size of workloads, bytes. */
    SIZE("size", Target.WORKLOAD, true),
    /** vCPUs of virtual machines. */
    VCPUS("vcpus", Target.VM, true),
    /** Device mode of virtual devices: emulated, synthetic, passthrough. */
    MODE("mode", Target.DEVICE, false),
    /** Device model of virtual devices (an id as {@code vwb plugins} lists them). */
    MODEL("model", Target.DEVICE, false),
    /** Vendor profile of the configuration: the configuration as that vendor would ship it. */
    VENDOR("vendor", Target.CONFIGURATION, false),
    /** Driver placement of the hypervisor and of the host's drivers. */
    PLACEMENT("placement", Target.CONFIGURATION, false),
    /** Cost model (hardware generation) of the host. */
    COSTMODEL("costmodel", Target.CONFIGURATION, false);

    /** The kind of element a knob is set on. */
    public enum Target {
        CONFIGURATION, VM, DEVICE, WORKLOAD
    }

    private final String word;
    private final Target target;
    private final boolean numeric;

    Knob(String word, Target target, boolean numeric) {
        this.word = word;
        this.target = target;
        this.numeric = numeric;
    }

    public String word() {
        return word;
    }

    public Target target() {
        return target;
    }

    public boolean numeric() {
        return numeric;
    }

    public static Optional<Knob> of(String word) {
        return Arrays.stream(values()).filter(k -> k.word.equals(word.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** The words, for a message listing them. */
    public static List<String> words() {
        return Arrays.stream(values()).map(Knob::word).toList();
    }
}
