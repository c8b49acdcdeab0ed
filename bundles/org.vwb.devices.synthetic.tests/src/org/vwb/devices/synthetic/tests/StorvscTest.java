package org.vwb.devices.synthetic.tests;

import org.vwb.core.api.SyntheticDeviceModel;
import org.vwb.devices.synthetic.internal.Storvsc;
import org.vwb.testing.SyntheticDeviceModelContractTest;

class StorvscTest extends SyntheticDeviceModelContractTest {

    @Override
    protected SyntheticDeviceModel model() {
        return new Storvsc();
    }
}
