package org.vwb.devices.synthetic.tests;

import org.vwb.core.api.SyntheticDeviceModel;
import org.vwb.devices.synthetic.internal.Blkfront;
import org.vwb.testing.SyntheticDeviceModelContractTest;

class BlkfrontTest extends SyntheticDeviceModelContractTest {

    @Override
    protected SyntheticDeviceModel model() {
        return new Blkfront();
    }
}
