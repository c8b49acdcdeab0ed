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
 * <p>For a {@link org.vwb.model.DeviceKind#BLOCK BLOCK} model the names are those of its storage controller, on
 * which the disks and CD-ROMs of a file hang: the OVF {@code ResourceSubType} of a controller item (written as
 * {@link #OVF_RESOURCE_TYPE}), libvirt's {@code <controller type='scsi' model='...'/>} (the model's disks are
 * written on the {@code scsi} bus of that controller), and a {@code .vmx} file's {@code scsiN.virtualDev}.
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
    /**
     * For a storage controller: the OVF {@code ResourceType} its controller item is written as, {@code 5} (IDE
     * controller), {@code 6} (parallel SCSI HBA, the default) or {@code 20} (other storage device: SATA, NVMe,
     * a paravirtual controller), the numbers of DMTF CIM_ResourceAllocationSettingData's {@code ResourceType}
     * that OVF uses.
     */
    public static final String OVF_RESOURCE_TYPE = "vwb.device.ovf.resourceType";
    /**
     * libvirt {@code <model type='...'/>} values of a network interface (for a storage controller: {@code
     * <controller type='scsi' model='...'/>}) that mean this device; the first is written on export.
     */
    public static final String LIBVIRT = "vwb.device.libvirt";
    /** VMware {@code .vmx} {@code virtualDev} values that mean this device ({@code ethernetN.}, {@code scsiN.}). */
    public static final String VMX = "vwb.device.vmx";
    /** For a synthetic device: the ids of the emulated devices the audit proposes to replace by it. */
    public static final String REPLACES = "vwb.device.replaces";
    /**
     * The vendor profiles that offer this device besides their own: profile ids, or an id prefix ending in
     * {@code *} ({@code kvm.*}: every KVM profile). vwb's own profiles add an installed model that names them to
     * their {@link VendorProfile#deviceCatalogue() catalogue}, in the model's mode; a plugin's profile names the
     * devices it offers itself.
     */
    public static final String OFFERED_BY = "vwb.device.offeredBy";

    private DeviceNames() {
    }

    /**
     * The names one of these properties holds, as a registration may give them: one string, an array or a
     * collection of strings, or a number; each stripped, blanks left out, in their order.
     *
     * @param property a service property's value, or null
     */
    public static java.util.List<String> of(Object property) {
        java.util.List<String> names = new java.util.ArrayList<>();
        if (property instanceof String one) {
            names.add(one);
        } else if (property instanceof String[] many) {
            names.addAll(java.util.Arrays.asList(many));
        } else if (property instanceof Number number) {
            names.add(number.toString());
        } else if (property instanceof java.util.Collection<?> many) {
            many.forEach(n -> names.add(String.valueOf(n)));
        }
        names.replaceAll(String::strip);
        names.removeIf(String::isEmpty);
        return java.util.List.copyOf(names);
    }
}
