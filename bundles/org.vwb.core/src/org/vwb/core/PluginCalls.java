package org.vwb.core;

import org.osgi.framework.ServiceReference;
import org.vwb.core.internal.plugins.Bounded;
import org.vwb.core.internal.plugins.Call;
import org.vwb.core.internal.plugins.Calls;
import org.vwb.core.internal.plugins.PluginIdentity;
import org.vwb.core.internal.plugins.PluginTimeout;

/**
 * Calls into plugin services the {@link Simulator} does not track (report writers, importers, exporters,
 * commands): bounded by the plugin time-out and named, as the simulator's own calls are. The time-out is 10 s
 * unless the system property {@value #TIMEOUT_PROPERTY} says otherwise ({@code 30s}, {@code 500ms}).
 */
public final class PluginCalls {

    /** The system property that sets the plugin time-out. */
    public static final String TIMEOUT_PROPERTY = PluginTimeout.PROPERTY;

    /** One question to a plugin; may throw a checked exception of one type. */
    @FunctionalInterface
    public interface Question<T, X extends Exception> {
        T ask() throws X;
    }

    private PluginCalls() {
    }

    /**
     * Asks a plugin one question on a watched thread and waits for the answer, at most the plugin time-out.
     *
     * @param kind     what the plugin is, e.g. {@code report writer}
     * @param id       its id, or null if it is not known (yet)
     * @param service  the plugin service (its class names the bundle that provides it)
     * @param question what it is asked, e.g. {@code write()}
     * @throws PluginFailure naming the plugin and the question, if it threw an unchecked exception or an
     *                       {@link Error}, or did not answer in time
     * @throws X             what the question itself declares (e.g. an {@code IOException} of a write)
     */
    public static <T, X extends Exception> T ask(String kind, String id, Object service, String question,
            Question<T, X> answer) throws X {
        Call call = new Call(PluginIdentity.of(kind, service).withId(id), question);
        return Bounded.call(() -> Calls.askChecked(call, answer::ask));
    }

    /**
     * As {@link #ask(String, String, Object, String, Question)} for a plugin known by its service registration,
     * which names its Declarative Services component too; e.g. to get the service itself, which activates it.
     */
    public static <T, X extends Exception> T ask(String kind, String id, ServiceReference<?> reference,
            String question, Question<T, X> answer) throws X {
        Call call = new Call(PluginIdentity.of(kind, reference).withId(id), question);
        return Bounded.call(() -> Calls.askChecked(call, answer::ask));
    }

    /** The plugin time-out in nanoseconds, as set now. */
    public static long timeoutNanos() {
        return PluginTimeout.nanos();
    }

    /** The plugin time-out as people read it, e.g. {@code 10 s}. */
    public static String timeout() {
        return PluginTimeout.text();
    }
}
