package org.vwb.core.api;

import org.osgi.annotation.versioning.ConsumerType;
import org.vwb.model.DeviceKind;

/**
 * A device model whose identity and limits are data: its {@link DeviceSheet}. The emulated and synthetic device
 * bases, and any third party's, extend it instead of writing the same five getters again.
 *
 * @since 1.0
 */
@ConsumerType
public abstract class DescribedDeviceModel implements DeviceModel {

    private final DeviceSheet sheet;

    protected DescribedDeviceModel(DeviceSheet sheet) {
        this.sheet = sheet;
    }

    @Override
    public final String id() {
        return sheet.id();
    }

    @Override
    public final DeviceKind kind() {
        return sheet.kind();
    }

    @Override
    public final String description() {
        return sheet.description();
    }

    @Override
    public final String source() {
        return sheet.source();
    }

    @Override
    public final int maxInFlight() {
        return sheet.maxInFlight();
    }
}
