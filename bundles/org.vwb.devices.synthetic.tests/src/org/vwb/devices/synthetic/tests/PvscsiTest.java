package org.vwb.devices.synthetic.tests;

import org.vwb.core.api.SyntheticDeviceModel;
import org.vwb.devices.synthetic.internal.Pvscsi;
import org.vwb.testing.SyntheticDeviceModelContractTest;

class PvscsiTest extends SyntheticDeviceModelContractTest {

    @Override
    protected SyntheticDeviceModel model() {
        return new Pvscsi();
    }
}
