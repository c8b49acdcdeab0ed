package org.vwb.devices.synthetic.tests;

import org.vwb.core.api.SyntheticDeviceModel;
import org.vwb.devices.synthetic.internal.VirtioBlk;
import org.vwb.testing.SyntheticDeviceModelContractTest;

class VirtioBlkTest extends SyntheticDeviceModelContractTest {

    @Override
    protected SyntheticDeviceModel model() {
        return new VirtioBlk();
    }
}
