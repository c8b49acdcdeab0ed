package org.example.sriov.tests;

import org.example.sriov.VirtualFunctionFamily;
import org.example.sriov.VirtualFunctionNic;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.family.DeviceFamily;
import org.vwb.testing.DeviceFamilyContractTest;

/** The virtual-function family keeps the contract of every plugin family (the contract's final tests). */
class VirtualFunctionFamilyTest extends DeviceFamilyContractTest {

    @Override
    protected DeviceFamily family() {
        return new VirtualFunctionFamily();
    }

    @Override
    protected DeviceModel model() {
        return new VirtualFunctionNic();
    }
}
