package org.vwb.devices.synthetic.tests;

import org.vwb.core.api.SyntheticDeviceModel;
import org.vwb.devices.synthetic.internal.Netvsc;
import org.vwb.testing.SyntheticDeviceModelContractTest;

class NetvscTest extends SyntheticDeviceModelContractTest {

    @Override
    protected SyntheticDeviceModel model() {
        return new Netvsc();
    }
}
