package org.vwb.core.api;

/**
 * The service properties by which a {@link DeviceModel} service says what the formats vwb imports and exports call
 * it, and which emulated devices it replaces. Import (OVF, libvirt, VMware {@code .vmx}), export and the audit
 * read them from the service registration, without activating the model, so a plugin's device is known to them
 * as vwb's own are:
 *
 * <pre>
 * &#64;Component(service = DeviceModel.class, property = { "vwb.device.id=x710-vf", "vwb.device.kind=NETWORK",
 *         "vwb.device.mode=PASSTHROUGH", "vwb.device.ovf=X710VF", "vwb.device.libvirt=x710-vf",
 *         "vwb.device.vmx=x710vf" })
 * </pre>
 *
 * A property may hold one name or several ({@code String[]}, or several {@code name=value} lines). Names that
 * vwb's own vocabularies already map keep their meaning; a plugin's names add to them.
 *
 * @since 1.0
 */
public final class DeviceNames {

    /** The model's {@link DeviceModel#id() id}; required for any of the other properties to count. */
    public static final String ID = "vwb.device.id";
    /** Its {@link org.vwb.model.DeviceKind} by name, e.g. {@code NETWORK}, {@code BLOCK}; required. */
    public static final String KIND = "vwb.device.kind";
    /** Its {@link org.vwb.model.DeviceMode} by name, e.g. {@code EMULATED}, {@code SYNTHETIC}; required. */
    public static final String MODE = "vwb.device.mode";
    /** OVF {@code ResourceSubType} values that mean this device; the first is written on export. */
    public static final String OVF = "vwb.device.ovf";
    /** libvirt {@code <model type='...'/>} values that mean this device; the first is written on export. */
    public static final String LIBVIRT = "vwb.device.libvirt";
    /** VMware {@code .vmx} {@code virtualDev} values that mean this device. */
    public static final String VMX = "vwb.device.vmx";
    /** For a synthetic device: the ids of the emulated devices the audit proposes to replace by it. */
    public static final String REPLACES = "vwb.device.replaces";

    private DeviceNames() {
    }
}
