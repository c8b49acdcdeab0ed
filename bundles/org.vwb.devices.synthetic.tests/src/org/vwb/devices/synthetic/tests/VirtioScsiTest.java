package org.vwb.devices.synthetic.tests;

import org.vwb.core.api.SyntheticDeviceModel;
import org.vwb.devices.synthetic.internal.VirtioScsi;
import org.vwb.testing.SyntheticDeviceModelContractTest;

class VirtioScsiTest extends SyntheticDeviceModelContractTest {

    @Override
    protected SyntheticDeviceModel model() {
        return new VirtioScsi();
    }
}
