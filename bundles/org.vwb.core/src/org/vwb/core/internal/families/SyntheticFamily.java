package org.vwb.core.internal.families;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.SyntheticDeviceModel;
import org.vwb.core.api.family.DeviceFamily;
import org.vwb.core.internal.paths.SyntheticPath;

/** Paravirtual devices: a front end and a back end sharing ring buffers, with notification suppression. */
@Component(service = DeviceFamily.class)
public final class SyntheticFamily extends BuiltInFamily<SyntheticDeviceModel> {

    public SyntheticFamily() {
        super(DeviceModel.SYNTHETIC, "a shared-memory ring channel between the guest's front end and a back end",
                SyntheticDeviceModel.class,
                (site, model) -> new SyntheticPath(site.environment(), model));
    }
}
