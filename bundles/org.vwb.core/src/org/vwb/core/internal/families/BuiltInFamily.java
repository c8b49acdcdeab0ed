package org.vwb.core.internal.families;

import java.util.function.BiFunction;

import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.family.DeviceFamily;
import org.vwb.core.api.family.PathSite;
import org.vwb.core.api.family.RequestPath;
import org.vwb.core.internal.paths.DevicePath;

/**
 * One of vwb's own families: its path is one of the engine's, for models of one interface.
 *
 * @param <M> the model interface the family's path needs
 */
abstract class BuiltInFamily<M extends DeviceModel> implements DeviceFamily {

    private final String id;
    private final String description;
    private final Class<M> models;
    private final BiFunction<EngineSite, M, DevicePath> paths;

    BuiltInFamily(String id, String description, Class<M> models, BiFunction<EngineSite, M, DevicePath> paths) {
        this.id = id;
        this.description = description;
        this.models = models;
        this.paths = paths;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final RequestPath path(DeviceModel model, PathSite site) {
        if (!models.isInstance(model)) {
            throw new IllegalArgumentException("device model '" + model.id() + "' names family '" + id
                    + "' but is not a " + models.getSimpleName());
        }
        return new EnginePath(paths.apply((EngineSite) site, models.cast(model)));
    }
}
