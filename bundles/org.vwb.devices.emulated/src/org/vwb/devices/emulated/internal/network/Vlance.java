package org.vwb.devices.emulated.internal.network;

import static org.vwb.devices.emulated.RegisterBehaviour.startsOn;
import static org.vwb.devices.emulated.RegisterBehaviour.storage;
import static org.vwb.devices.emulated.RegisterBehaviour.whenSelected;
import static org.vwb.devices.emulated.RegisterBehaviour.writeOneToClear;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.RegisterAccess;
import org.vwb.devices.emulated.AccessScript;
import org.vwb.core.api.DeviceSheet;
import org.vwb.devices.emulated.RegisterLevelDevice;
import org.vwb.devices.emulated.RegisterMap;
import org.vwb.model.DeviceKind;

/**
 * The AMD PCnet-PCI II (Am79C970A), VMware's "vlance". Every CSR is reached through two ports: write its number to
 * the register address port (RAP), then read or write the register data port (RDP). Sugerman et al. (USENIX ATC
 * 2001, section 4) keep RAP accesses in the VMM and send only RDP accesses to the host-side emulator: here RAP is
 * {@code monitorHandled}. The model tracks CSR0 (command and status) behind RDP; other CSRs trap the same way.
 */
@Component(service = DeviceModel.class)
public final class Vlance extends RegisterLevelDevice {

    /** CSR0 bits (Am79C970A datasheet, CSR0): transmit demand, interrupt enable, transmit and receive interrupt. */
    private static final int TDMD = 1 << 3, INEA = 1 << 6, TINT = 1 << 9, RINT = 1 << 10;
    /** CSR0's write-one-to-clear interrupt flags IDON..BABL; INTR (bit 7) is their read-only summary. */
    private static final int INTERRUPT_FLAGS = 0x7f00;
    /** CSR3 interrupt masks pcnet32 sets while NAPI polls. */
    private static final int CSR3_MASKS = 0x5f00;

    private static final RegisterMap MAP = pcnet(TDMD | INEA);
    /**
     * Linux 2.2's driver re-enables interrupts (INEA) from its handler and never re-arms receive by a port access:
     * there only the transmit demand starts the chip.
     */
    private static final RegisterMap LEGACY_MAP = pcnet(TDMD);
    /** The guest drivers whose accesses differ: today's pcnet32 (NAPI) and the one of Linux 2.2, before NAPI. */
    static final String MODERN = "linux-6.1", LINUX_2_2 = "linux-2.2";
    private static final String DATASHEET = "AMD Am79C970A PCnet-PCI II datasheet (RAP/RDP in word I/O mode, CSR0 "
            + "and CSR3 bit tables); Sugerman, Venkitachalam, Lim, USENIX ATC 2001, sections 3-4 (RAP accesses "
            + "handled in the VMM, RDP accesses by the VMApp)";

    public Vlance() {
        super(new DeviceSheet("vlance", DeviceKind.NETWORK,
                "AMD PCnet-PCI II (Am79C970A) \"vlance\", VMware's original emulated NIC",
                DATASHEET + "; Linux drivers/net/ethernet/amd/pcnet32.c pcnet32_start_xmit, pcnet32_interrupt, "
                        + "pcnet32_poll, pcnet32_wio_read_csr/write_csr",
                16), MAP, receive(), transmit(MAP), interrupt());
    }

    /** The device as Linux 2.2's pcnet32 (the lance32 driver of 2.0, renamed) drives it: no NAPI. */
    private Vlance(String legacyDriver) {
        super(new DeviceSheet("vlance", DeviceKind.NETWORK,
                "AMD PCnet-PCI II (Am79C970A) \"vlance\", driven by Linux 2.2's pcnet32 (" + legacyDriver + ")",
                DATASHEET + "; Linux 2.0/2.2 drivers/net/lance32.c, pcnet32.c: lance32_start_xmit, "
                        + "lance32_interrupt, lance32_rx",
                16), LEGACY_MAP, LegacyPcnet.receive(LEGACY_MAP), transmit(LEGACY_MAP),
                LegacyPcnet.interrupt(LEGACY_MAP));
    }

    @Override
    public List<String> driverVersions() {
        return List.of(MODERN, LINUX_2_2);
    }

    @Override
    public DeviceModel forDriver(String version) {
        return LINUX_2_2.equals(version) ? new Vlance(version) : super.forDriver(version);
    }

    /** @param starts the CSR0 bits whose write starts the chip */
    private static RegisterMap pcnet(int starts) {
        RegisterMap.Builder builder = RegisterMap.builder()
                .guestMemory("TX_DESC", "transmit descriptor: OWN, STP, ENP and buffer length")
                .guestMemory("RX_DESC", "receive descriptor handed back with OWN set")
                .monitorHandled("RAP", 0x12, "register address port: which CSR the data port reaches", storage());
        int rap = builder.index("RAP");
        return builder
                .trapping("RDP", 0x10, "register data port: the CSR selected by RAP (modelled: CSR0)",
                        whenSelected(rap, 0, startsOn(starts).and(writeOneToClear(INTERRUPT_FLAGS, true))))
                .trapping("RESET", 0x14, "reading resets the chip", storage())
                .raisesOnCompletion("RDP", TINT | RINT)
                .build();
    }

    /** pcnet32_wio_write_csr: {@code outw(index, RAP); outw(value, RDP)} - two port accesses per CSR write. */
    static AccessScript writeCsr(AccessScript script, int csr, int value, String purpose) {
        return script.write("RAP", csr, "select CSR" + csr).write("RDP", value, purpose);
    }

    /** pcnet32_wio_read_csr: {@code outw(index, RAP); inw(RDP)}. */
    static AccessScript readCsr(AccessScript script, int csr, String purpose) {
        return script.write("RAP", csr, "select CSR" + csr).read("RDP", purpose);
    }

    /** pcnet32_start_xmit: OWN in the descriptor, then {@code write_csr(CSR0, CSR0_INTEN | CSR0_TXPOLL)}. */
    private static List<RegisterAccess> transmit(RegisterMap map) {
        AccessScript script = map.script().write("TX_DESC", 0x8300, "descriptor OWN|STP|ENP");
        return writeCsr(script, 0, INEA | TDMD, "transmit demand").toList();
    }

    /**
     * The chip fills posted receive buffers itself; per receive batch pcnet32_poll hands descriptors back (RAM),
     * clears the CSR3 masks pcnet32_interrupt set, and re-enables interrupts in CSR0: that write re-arms receive
     * and is where the model starts the read.
     */
    private static List<RegisterAccess> receive() {
        AccessScript script = MAP.script().write("RX_DESC", 0x8000, "descriptor OWN back to the chip");
        readCsr(script, 3, "interrupt masks");
        writeCsr(script, 3, 0, "clear interrupt masks");
        return writeCsr(script, 0, INEA, "re-enable interrupts").toList();
    }

    /**
     * pcnet32_interrupt (NAPI): read CSR0, write its interrupt flags back ({@code csr0 & ~0x004f}) to acknowledge,
     * mask further interrupts in CSR3 and schedule the poll.
     */
    private static List<RegisterAccess> interrupt() {
        AccessScript script = MAP.script();
        readCsr(script, 0, "interrupt flags");
        writeCsr(script, 0, INTERRUPT_FLAGS, "acknowledge: csr0 & ~0x004f written back");
        readCsr(script, 3, "interrupt masks");
        return writeCsr(script, 3, CSR3_MASKS, "mask interrupts while NAPI polls").toList();
    }
}
