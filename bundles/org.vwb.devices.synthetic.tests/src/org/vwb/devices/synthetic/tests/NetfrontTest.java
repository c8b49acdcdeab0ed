package org.vwb.devices.synthetic.tests;

import org.vwb.core.api.SyntheticDeviceModel;
import org.vwb.devices.synthetic.internal.Netfront;
import org.vwb.testing.SyntheticDeviceModelContractTest;

class NetfrontTest extends SyntheticDeviceModelContractTest {

    @Override
    protected SyntheticDeviceModel model() {
        return new Netfront();
    }
}
