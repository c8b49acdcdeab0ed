package org.vwb.interchange.audit;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceMode;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;

/**
 * One thing worth changing in one VM.
 *
 * @param type          what was found
 * @param configuration the imported configuration the VM is in: simulate it as it is
 * @param vm            the VM
 * @param device        the device concerned, {@code null} for a finding about the guest
 * @param replacement   the synthetic device model proposed instead, {@code null} when there is none
 * @param message       the finding in words
 */
public record AuditFinding(Type type, Configuration configuration, VirtualMachine vm, VirtualDevice device,
        String replacement, String message) {

    /** The kinds of finding. */
    public enum Type {
        /** An emulated device with a synthetic replacement on the VM's platform. */
        EMULATED_DEVICE,
        /** A guest without synthetic drivers: it can use emulated devices only. */
        GUEST_NOT_ENLIGHTENED,
        /** A floppy drive, and with it the floppy controller of CVE-2015-3456 (VENOM). */
        FLOPPY_CONTROLLER
    }

    /**
     * The hook for simulating the proposal: a copy of the configuration with this finding's device replaced by
     * its synthetic model (and the guest marked enlightened, as it must then carry the driver), or with the
     * floppy removed. The copy refers to the same host; the imported configuration is not changed.
     */
    public Configuration proposedConfiguration() {
        Configuration copy = EcoreUtil.copy(configuration);
        VirtualMachine vmCopy = copy.getVirtualMachines().stream().filter(v -> v.getName().equals(vm.getName()))
                .findFirst().orElseThrow();
        if (device == null) {
            return copy;
        }
        VirtualDevice deviceCopy = vmCopy.getDevices().stream().filter(d -> d.getName().equals(device.getName()))
                .findFirst().orElseThrow();
        if (type == Type.FLOPPY_CONTROLLER) {
            vmCopy.getDevices().remove(deviceCopy);
        } else if (replacement != null) {
            deviceCopy.setDeviceModel(replacement);
            deviceCopy.setMode(DeviceMode.SYNTHETIC);
            vmCopy.setEnlightened(true);
        }
        return copy;
    }
}
