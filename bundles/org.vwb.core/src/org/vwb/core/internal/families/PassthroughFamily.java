package org.vwb.core.internal.families;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.family.DeviceFamily;
import org.vwb.core.internal.paths.PassthroughPath;

/**
 * A physical device assigned to the guest: its own driver rings the device without an exit; the interrupt
 * reaches it directly or through the hypervisor, as the vendor profile says. The device needs no model: the
 * engine stands one in ({@link AssignedDevice}) for a configuration's passthrough device.
 */
@Component(service = DeviceFamily.class)
public final class PassthroughFamily extends BuiltInFamily<DeviceModel> {

    public PassthroughFamily() {
        super(DeviceModel.PASSTHROUGH, "a physical device assigned to the guest: no exit to issue, the interrupt "
                + "direct or through the hypervisor", DeviceModel.class,
                (site, model) -> PassthroughPath.assigned(site.environment(), model.id(), site.exitlessInterrupts()));
    }
}
