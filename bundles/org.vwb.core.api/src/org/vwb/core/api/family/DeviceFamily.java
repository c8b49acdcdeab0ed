package org.vwb.core.api.family;

import org.osgi.annotation.versioning.ConsumerType;
import org.vwb.core.api.DeviceModel;

/**
 * A family of devices: the way the engine carries a request of any device model that names this family's
 * {@link #id()} as its {@link DeviceModel#family()}. Served as a Declarative Services component; the engine asks
 * for a path once per device and run (and again after a hot-swap), never per request.
 *
 * @since 1.0
 */
@ConsumerType
public interface DeviceFamily {

    /** The id device models name, e.g. {@code emulated}, {@code synthetic}, {@code passthrough}, {@code sriov-vf}. */
    String id();

    /** One line for people, e.g. {@code SR-IOV virtual function: the guest's driver on a VF, no exits to issue}. */
    String description();

    /**
     * The path requests of one device take. A plugin family builds it with {@link PathSite#staged}; the model is
     * the installed device model the configuration names (its calls are guarded like every plugin call).
     *
     * @throws IllegalArgumentException if this family cannot carry requests of that model
     */
    RequestPath path(DeviceModel model, PathSite site);
}
