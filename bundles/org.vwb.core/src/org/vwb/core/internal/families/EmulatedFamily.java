package org.vwb.core.internal.families;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.EmulatedDeviceModel;
import org.vwb.core.api.family.DeviceFamily;
import org.vwb.core.internal.paths.EmulatedPath;

/** Register-level emulation: every trapping register access of the guest's driver is a VM exit. */
@Component(service = DeviceFamily.class)
public final class EmulatedFamily extends BuiltInFamily<EmulatedDeviceModel> {

    public EmulatedFamily() {
        super(DeviceModel.EMULATED, "a register file whose every trapping access is a VM exit to the device's "
                + "emulator", EmulatedDeviceModel.class,
                (site, model) -> new EmulatedPath(site.environment(), model));
    }
}
