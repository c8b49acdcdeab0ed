package org.vwb.core.internal.families;

import org.vwb.core.api.family.RequestPath;
import org.vwb.core.internal.paths.DevicePath;

/** A {@link RequestPath} the engine built: the device path it runs. */
record EnginePath(DevicePath path) implements RequestPath {

    @Override
    public String modelId() {
        return path.modelId();
    }
}
