package org.vwb.core.tests;

import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.family.DeviceFamily;
import org.vwb.testing.DeviceFamilyContractTest;

class VirtualFunctionsContractTest extends DeviceFamilyContractTest {

    @Override
    protected DeviceFamily family() {
        return new VirtualFunctions();
    }

    @Override
    protected DeviceModel model() {
        return new VirtualFunctions.Nic();
    }
}
