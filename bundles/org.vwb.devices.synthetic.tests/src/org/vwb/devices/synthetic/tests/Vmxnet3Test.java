package org.vwb.devices.synthetic.tests;

import org.vwb.core.api.SyntheticDeviceModel;
import org.vwb.devices.synthetic.internal.Vmxnet3;
import org.vwb.testing.SyntheticDeviceModelContractTest;

class Vmxnet3Test extends SyntheticDeviceModelContractTest {

    @Override
    protected SyntheticDeviceModel model() {
        return new Vmxnet3();
    }
}
