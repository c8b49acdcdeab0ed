package org.vwb.devices.emulated;

import java.util.List;

import org.vwb.core.api.DescribedDeviceModel;
import org.vwb.core.api.DeviceSheet;
import org.vwb.core.api.EmulatedDeviceModel;
import org.vwb.core.api.Register;
import org.vwb.core.api.RegisterAccess;
import org.vwb.core.api.RegisterState;
import org.vwb.model.DeviceMode;

/**
 * An emulated device described as data: its sheet, its {@link RegisterMap} and the three access sequences of its
 * guest driver. Subclasses only state those; emulation follows from the registers' behaviours.
 */
public abstract class RegisterLevelDevice extends DescribedDeviceModel implements EmulatedDeviceModel {

    private final RegisterMap map;
    private final List<RegisterAccess> readSequence;
    private final List<RegisterAccess> writeSequence;
    private final List<RegisterAccess> interruptSequence;
    private final List<RegisterAccess> completionSequence;
    private final boolean copiesPayload;

    /**
     * @param read      the accesses to issue a read (a receive for a network adapter)
     * @param write     the accesses to issue a write (a transmit)
     * @param interrupt the interrupt handler's accesses for one interrupt
     */
    protected RegisterLevelDevice(DeviceSheet sheet, RegisterMap map, List<RegisterAccess> read,
            List<RegisterAccess> write, List<RegisterAccess> interrupt) {
        this(sheet, map, read, write, List.of(), interrupt, true);
    }

    /**
     * @param completion    the interrupt handler's accesses per completed request, before {@code interrupt}
     * @param copiesPayload whether the emulator copies the payload (false: DMA straight into guest memory)
     */
    protected RegisterLevelDevice(DeviceSheet sheet, RegisterMap map, List<RegisterAccess> read,
            List<RegisterAccess> write, List<RegisterAccess> completion, List<RegisterAccess> interrupt,
            boolean copiesPayload) {
        super(sheet);
        this.map = map;
        this.readSequence = List.copyOf(read);
        this.writeSequence = List.copyOf(write);
        this.completionSequence = List.copyOf(completion);
        this.interruptSequence = List.copyOf(interrupt);
        this.copiesPayload = copiesPayload;
    }

    @Override
    public final DeviceMode mode() {
        return DeviceMode.EMULATED;
    }

    @Override
    public final List<Register> registers() {
        return map.registers();
    }

    @Override
    public final List<RegisterAccess> issueSequence(boolean read) {
        return read ? readSequence : writeSequence;
    }

    @Override
    public final List<RegisterAccess> interruptSequence() {
        return interruptSequence;
    }

    @Override
    public final List<RegisterAccess> completionSequence() {
        return completionSequence;
    }

    @Override
    public final boolean copiesPayload() {
        return copiesPayload;
    }

    @Override
    public final AccessEffect emulate(RegisterState state, RegisterAccess access) {
        return map.emulate(state, access);
    }

    @Override
    public final void complete(RegisterState state) {
        map.complete(state);
    }

    @Override
    public String toString() {
        return id();
    }
}
