package org.vwb.interchange.internal;

import java.util.Optional;

import org.eclipse.emf.common.util.EMap;
import org.eclipse.emf.ecore.EAttribute;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VwbPackage;
import org.vwb.model.validation.ValueRanges;

/**
 * A NIC's queue pairs, MTU and interrupt moderation as a file states them (libvirt's {@code <driver queues=>} and
 * {@code <mtu size=>}, a .vmx file's {@code ethernetN.coalescingScheme} and {@code coalescingParams}): readers
 * record them under {@link #QUEUES}, {@link #MTU} and {@link #INTERRUPT_RATE}, and the assembler makes them the
 * device's {@code queues}, {@code mtu} and {@code interruptRate} attributes. A value vwb cannot take (not a whole number, outside the attribute's
 * range) stays a source property, so an export writes it back as it was instead of the model refusing the file.
 */
public final class NicSettings {

    /** Queue pairs of a multi-queue NIC, as written in the file. */
    public static final String QUEUES = "queues";
    /** A NIC's MTU in bytes, as written in the file. */
    public static final String MTU = "mtu";
    /** A NIC's interrupt moderation as the file states it: 0 off, else interrupts a second (.vmx coalescing). */
    public static final String INTERRUPT_RATE = "interruptRate";
    /** The least fixed interrupt rate the products take (e1000 InterruptThrottleRate, vmxnet3 coalescingParams). */
    private static final int MIN_INTERRUPT_RATE = 100;
    /** The MTU a device has when its file says none: standard Ethernet, the attribute's default. */
    public static final int STANDARD_MTU = 1500;

    private NicSettings() {
    }

    /** Moves the queue pairs and MTU the reader recorded into the device's attributes, where they fit. */
    static void apply(VirtualDevice device) {
        EMap<String, String> properties = device.getSourceProperties();
        Integer queues = number(properties.get(QUEUES), VwbPackage.Literals.VIRTUAL_DEVICE__QUEUES);
        if (queues != null) {
            device.setQueues(queues);
            properties.removeKey(QUEUES);
        }
        Integer mtu = number(properties.get(MTU), VwbPackage.Literals.VIRTUAL_DEVICE__MTU);
        if (mtu != null) {
            device.setMtu(mtu);
            properties.removeKey(MTU);
        }
        Integer rate = interruptRate(properties.get(INTERRUPT_RATE));
        if (rate != null) {
            device.setInterruptRate(rate);
            properties.removeKey(INTERRUPT_RATE);
        }
    }

    /**
     * The range in words of the device attribute a file's queue count ({@link #QUEUES}) or MTU ({@link #MTU}) is
     * for, when the file states a value the attribute cannot take (not a whole number, outside the range); empty
     * when it can, or when the file states none.
     */
    public static Optional<String> refused(String key, String text) {
        EAttribute attribute = switch (key) {
            case QUEUES -> VwbPackage.Literals.VIRTUAL_DEVICE__QUEUES;
            case MTU -> VwbPackage.Literals.VIRTUAL_DEVICE__MTU;
            default -> throw new IllegalArgumentException("not a NIC number: " + key);
        };
        if (text == null || text.isBlank() || number(text, attribute) != null) {
            return Optional.empty();
        }
        return ValueRanges.of(attribute).map(ValueRanges.Range::describe);
    }

    /** Whether a file's interrupt rate is one the device's {@code interruptRate} takes (0 or 100 to 100,000). */
    public static boolean takesInterruptRate(String text) {
        return interruptRate(text) != null;
    }

    private static Integer interruptRate(String text) {
        Integer rate = number(text, VwbPackage.Literals.VIRTUAL_DEVICE__INTERRUPT_RATE);
        return rate != null && (rate == 0 || rate >= MIN_INTERRUPT_RATE) ? rate : null;
    }

    private static Integer number(String text, EAttribute attribute) {
        if (text == null || !text.strip().matches("\\d{1,9}")) {
            return null;
        }
        int value = Integer.parseInt(text.strip());
        return ValueRanges.of(attribute).filter(range -> range.contains(value)).map(range -> value).orElse(null);
    }
}
