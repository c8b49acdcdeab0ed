package org.vwb.core.api.family;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.vwb.core.api.Route;
import org.vwb.model.DeviceKind;

/**
 * Where a device's path is built: what the family may ask of the configuration it runs in, and the engine's means
 * of building the path. Implemented by the engine.
 *
 * @since 1.0
 */
@ProviderType
public interface PathSite {

    /** The device, for messages: {@code vm / device}. */
    String device();

    DeviceKind kind();

    /** Where emulators, back ends and physical drivers run under the configuration's placement and vendor. */
    Route route();

    /** Whether the vendor profile delivers an assigned device's interrupts without exits (posted interrupts, ELI). */
    boolean exitlessInterrupts();

    /** Whether a physical device backs this one (without one, a {@link Stage#device} stage takes no time). */
    boolean physicallyBacked();

    /**
     * A path whose every request runs the given stages in order, at most {@code queueDepth} requests at once.
     * The engine adds the guest's own stack work (the same as on bare metal) to the first stage and, for a
     * received frame, to the last; both must therefore be {@link Stage#guest guest} stages.
     *
     * @param modelId    the model whose path this is
     * @param queueDepth requests in flight at once, at least 1
     * @param reads      the stages of a read (for a network device: a received frame)
     * @param writes     the stages of a write (a transmitted frame)
     * @throws IllegalArgumentException if a list is empty, does not start and end in the guest, or the depth is
     *                                  below 1
     */
    RequestPath staged(String modelId, int queueDepth, List<Stage> reads, List<Stage> writes);
}
