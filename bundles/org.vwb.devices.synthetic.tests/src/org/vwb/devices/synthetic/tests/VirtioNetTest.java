package org.vwb.devices.synthetic.tests;

import org.vwb.core.api.SyntheticDeviceModel;
import org.vwb.devices.synthetic.internal.VirtioNet;
import org.vwb.testing.SyntheticDeviceModelContractTest;

class VirtioNetTest extends SyntheticDeviceModelContractTest {

    @Override
    protected SyntheticDeviceModel model() {
        return new VirtioNet();
    }
}
