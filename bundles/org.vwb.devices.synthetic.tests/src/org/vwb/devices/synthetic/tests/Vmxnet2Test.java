package org.vwb.devices.synthetic.tests;

import org.vwb.core.api.SyntheticDeviceModel;
import org.vwb.devices.synthetic.internal.Vmxnet2;
import org.vwb.testing.SyntheticDeviceModelContractTest;

class Vmxnet2Test extends SyntheticDeviceModelContractTest {

    @Override
    protected SyntheticDeviceModel model() {
        return new Vmxnet2();
    }
}
