package org.example.sriov.tests;

import org.example.sriov.VirtualFunctionNic;
import org.vwb.core.api.DeviceModel;
import org.vwb.testing.DeviceModelContractTest;

/** The virtual function's device model keeps what every device model promises (the contract's final tests). */
class VirtualFunctionNicTest extends DeviceModelContractTest {

    @Override
    protected DeviceModel model() {
        return new VirtualFunctionNic();
    }
}
