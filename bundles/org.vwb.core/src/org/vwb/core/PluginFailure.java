package org.vwb.core;

/**
 * A plugin (device model, driver placement, vendor profile, cost model, or any other service vwb calls) threw, or
 * did not answer within the plugin time-out. The message names the plugin (its kind and id, the bundle's symbolic
 * name and version, the Declarative Services component) and what it was asked, e.g.
 * {@code vendor profile 'x' (bundle b 1.0.0, component c) did not answer route() within 10 s}; the cause is what
 * the plugin threw, if it threw.
 */
public final class PluginFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String plugin;
    private final String question;
    private final boolean timedOut;

    private PluginFailure(String plugin, String question, boolean timedOut, String message, Throwable cause) {
        super(message, cause);
        this.plugin = plugin;
        this.question = question;
        this.timedOut = timedOut;
    }

    /** The plugin threw {@code cause} (an exception or an {@link Error}) when asked {@code question}. */
    public static PluginFailure threw(String plugin, String question, Throwable cause) {
        String reason = cause.getClass().getSimpleName() + (cause.getMessage() == null ? ""
                : ": " + cause.getMessage().replaceAll("\\s*\\R\\s*", " ").strip());
        return new PluginFailure(plugin, question, false, plugin + " failed in " + question + ": " + reason, cause);
    }

    /** The plugin was asked {@code question} and had not answered after {@code timeout} (e.g. {@code 10 s}). */
    public static PluginFailure timedOut(String plugin, String question, String timeout) {
        return new PluginFailure(plugin, question, true, plugin + " did not answer " + question + " within "
                + timeout, null);
    }

    /** The plugin, e.g. {@code vendor profile 'x' (bundle b 1.0.0, component c)}. */
    public String plugin() {
        return plugin;
    }

    /** What it was asked, e.g. {@code route()}. */
    public String question() {
        return question;
    }

    /** Whether it did not answer in time (rather than threw). */
    public boolean timedOut() {
        return timedOut;
    }
}
