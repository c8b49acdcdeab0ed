package org.vwb.core.api.family;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A device's request path as the engine built it, handed back by {@link DeviceFamily#path}; only the engine makes
 * one ({@link PathSite#staged}), which is why a family cannot implement it.
 *
 * @since 1.0
 */
@ProviderType
public interface RequestPath {

    /** The id of the device model whose requests take this path. */
    String modelId();
}
