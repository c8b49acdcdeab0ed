package org.vwb.core.internal.families;

import java.util.List;

import org.vwb.core.api.Route;
import org.vwb.core.api.family.PathSite;
import org.vwb.core.api.family.RequestPath;
import org.vwb.core.api.family.Stage;
import org.vwb.core.internal.paths.DevicePath;
import org.vwb.core.internal.paths.PathEnvironment;
import org.vwb.core.internal.paths.StagedPath;
import org.vwb.model.DeviceKind;

/**
 * The engine's {@link PathSite}: one device's environment in one run. vwb's own families reach the environment
 * itself ({@link #environment}); a plugin's family gets a {@link StagedPath} built from its stages.
 */
public final class EngineSite implements PathSite {

    private final PathEnvironment env;
    private final boolean exitlessInterrupts;

    public EngineSite(PathEnvironment env, boolean exitlessInterrupts) {
        this.env = env;
        this.exitlessInterrupts = exitlessInterrupts;
    }

    /** The path a family returned, as the engine runs it; a path the engine did not make is refused. */
    public static DevicePath unwrap(RequestPath path, String family) {
        if (path instanceof EnginePath engine) {
            return engine.path();
        }
        throw new IllegalStateException("device family '" + family + "' returned a path the engine did not build ("
                + (path == null ? "null" : path.getClass().getName()) + "); build it with PathSite.staged");
    }

    PathEnvironment environment() {
        return env;
    }

    @Override
    public String device() {
        return env.label();
    }

    @Override
    public DeviceKind kind() {
        return env.kind();
    }

    @Override
    public Route route() {
        return env.contexts().route();
    }

    @Override
    public boolean exitlessInterrupts() {
        return exitlessInterrupts;
    }

    @Override
    public boolean physicallyBacked() {
        return env.link() != null;
    }

    @Override
    public RequestPath staged(String modelId, int queueDepth, List<Stage> reads, List<Stage> writes) {
        if (queueDepth < 1) {
            throw new IllegalArgumentException(modelId + ": a queue depth of at least 1 is needed, not " + queueDepth);
        }
        Stage.requireRequestPath(modelId, reads);
        Stage.requireRequestPath(modelId, writes);
        return new EnginePath(new StagedPath(env, modelId, queueDepth, reads, writes));
    }
}
