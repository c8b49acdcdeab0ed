package org.vwb.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.interchange.ImportResult;
import org.vwb.interchange.Interchange;
import org.vwb.interchange.InterchangeException;
import org.vwb.interchange.InterchangeWarning;
import org.vwb.model.Model;
import org.vwb.model.VirtualDevice;

/** libvirt's numbers are read by libvirt's rules or refused, never truncated or guessed. */
class LibvirtNumbersTest {

    @TempDir
    Path temp;

    private final Interchange interchange = Interchange.builtIn();

    @Test
    void aVcpuCountBeyondAnyHypervisorIsRefusedWithItsLineInsteadOfBeingTruncated() throws Exception {
        Path file = domain("<vcpu>99999999999999</vcpu>", "<memory unit='MiB'>1024</memory>");
        InterchangeException e = assertThrows(InterchangeException.class, () -> interchange.importFile(file));
        assertEquals(3, e.line());
        assertTrue(e.reason().contains("99999999999999") && e.reason().contains("4096"), e.getMessage());
    }

    @Test
    void memoryUnitsFollowLibvirtsRulesPowersOf1000WithBAndOf1024OtherwiseKibByDefault() throws Exception {
        Map<String, Long> mebibytes = Map.of("<memory unit='TB'>1</memory>", 953_674L,
                "<memory unit='TiB'>1</memory>", 1_048_576L, "<memory unit='T'>1</memory>", 1_048_576L,
                "<memory unit='GB'>4</memory>", 3_814L, "<memory unit='M'>2048</memory>", 2_048L,
                "<memory>2097152</memory>", 2_048L, "<memory unit='bytes'>1073741824</memory>", 1_024L,
                "<memory unit='PiB'>1</memory>", 1L << 30);
        for (Map.Entry<String, Long> memory : mebibytes.entrySet()) {
            long read = interchange.importFile(domain("<vcpu>2</vcpu>", memory.getKey())).model().getConfigurations()
                    .get(0).getVirtualMachines().get(0).getMemoryMiB();
            assertEquals(memory.getValue(), read, memory.getKey());
        }
    }

    @Test
    void memoryBeyondWhatX86CanAddressOrInAUnitLibvirtDoesNotKnowIsRefused() throws Exception {
        InterchangeException huge = assertThrows(InterchangeException.class,
                () -> interchange.importFile(domain("<vcpu>2</vcpu>", "<memory unit='EiB'>1</memory>")));
        assertTrue(huge.reason().contains("more than the 4 PiB"), huge.getMessage());
        InterchangeException unit = assertThrows(InterchangeException.class,
                () -> interchange.importFile(domain("<vcpu>2</vcpu>", "<memory unit='TBs'>1</memory>")));
        assertTrue(unit.reason().contains("'TBs'> is not a unit libvirt knows"), unit.getMessage());
        InterchangeException overflow = assertThrows(InterchangeException.class, () -> interchange.importFile(
                domain("<vcpu>2</vcpu>", "<memory unit='KiB'>99999999999999999999999</memory>")));
        assertTrue(overflow.reason().contains("more than the 4 PiB"), overflow.getMessage());
    }

    @Test
    void aNicsQueuePairsAndMtuBecomeTheDevicesAttributesAndAreWrittenBack() throws Exception {
        Path file = Files.writeString(temp.resolve("nic.xml"), "<domain type='kvm'>\n  <name>n</name>\n"
                + "  <vcpu>4</vcpu>\n  <memory unit='MiB'>1024</memory>\n  <os><type>hvm</type></os>\n  <devices>\n"
                + "    <interface type='network'><source network='default'/><model type='virtio'/>"
                + "<driver name='vhost' queues='4'/><mtu size='9000'/></interface>\n  </devices>\n</domain>\n");
        Model model = interchange.importFile(file).model();
        VirtualDevice nic = model.getConfigurations().get(0).getVirtualMachines().get(0).getDevices().get(0);
        assertEquals(4, nic.getQueues());
        assertEquals(9000, nic.getMtu());
        assertTrue(nic.getSourceProperties().isEmpty() || !nic.getSourceProperties().containsKey("queues"),
                "an attribute, not a source property: " + nic.getSourceProperties());
        Path exported = temp.resolve("out.xml");
        interchange.export(model.getConfigurations().get(0), "libvirt", exported);
        String xml = Files.readString(exported);
        assertTrue(xml.contains("queues=\"4\"") && xml.contains("<mtu size=\"9000\"/>"), xml);
    }

    /** A domain with one virtio NIC whose {@code <interface>} holds {@code settings}, on line 7. */
    private Path nic(String settings) throws Exception {
        return Files.writeString(temp.resolve("nic.xml"), "<domain type='kvm'>\n  <name>n</name>\n"
                + "  <vcpu>4</vcpu>\n  <memory unit='MiB'>1024</memory>\n  <os><type>hvm</type></os>\n  <devices>\n"
                + "    <interface type='network'><model type='virtio'/>" + settings + "</interface>\n"
                + "  </devices>\n</domain>\n");
    }

    private static VirtualDevice firstDevice(ImportResult result) {
        return result.model().getConfigurations().get(0).getVirtualMachines().get(0).getDevices().get(0);
    }

    /** The one warning about {@code element}: it names the file, the NIC's line and the element's attribute. */
    private static InterchangeWarning warning(ImportResult result, Path file, String element) {
        List<InterchangeWarning> about = result.warnings().stream().filter(w -> w.element().equals(element))
                .toList();
        assertEquals(1, about.size(), result.warnings().toString());
        assertEquals(file, about.get(0).file());
        assertEquals(7, about.get(0).line());
        return about.get(0);
    }

    /**
     * A NIC whose {@code <element attribute=value>} vwb cannot take: the device keeps {@code byDefault}, the file's
     * value stays a source property under {@code key} (written back on export), and one warning names the file,
     * the line, the attribute, the value, vwb's range and what is used instead.
     */
    private void refusedWithAWarning(String element, String attribute, String value, String key,
            ToIntFunction<VirtualDevice> setting, int byDefault, String range, String instead) throws Exception {
        Path file = nic("<" + element + " " + attribute + "='" + value + "'/>");
        ImportResult result = interchange.importFile(file);
        VirtualDevice nic = firstDevice(result);
        assertEquals(byDefault, setting.applyAsInt(nic), value);
        assertEquals(value, nic.getSourceProperties().get(key));
        String message = warning(result, file, "interface/" + element + "/@" + attribute).message();
        assertTrue(message.contains("'" + value + "'") && message.contains(range) && message.contains(instead),
                message);
    }

    @Test
    void aQueueCountVwbCannotTakeStaysASourcePropertyTheDeviceKeepsItsDefaultAndTheImportWarns() throws Exception {
        for (String queues : new String[] { "99999", "two", "-4" }) {
            refusedWithAWarning("driver", "queues", queues, "queues", VirtualDevice::getQueues, 0,
                    "0 to 1,024 queue pairs", "default queue pairs are used");
        }
    }

    @Test
    void anMtuVwbCannotTakeStaysASourcePropertyTheStandardMtuIsUsedAndTheImportWarns() throws Exception {
        for (String mtu : new String[] { "70000", "20", "9k" }) {
            refusedWithAWarning("mtu", "size", mtu, "mtu", VirtualDevice::getMtu, 1500, "68 to 65,535 bytes",
                    "standard 1500 bytes are used");
        }
    }

    @Test
    void zeroQueuesIsNoCountLibvirtTakesTheDefaultIsUsedWithAWarning() throws Exception {
        Path file = nic("<driver queues='0'/>");
        ImportResult result = interchange.importFile(file);
        assertEquals(0, firstDevice(result).getQueues());
        String message = warning(result, file, "interface/driver/@queues").message();
        assertTrue(message.contains("'0'") && message.contains("libvirt takes (1 or more)"), message);
    }

    @Test
    void numbersVwbTakesGiveNoWarning() throws Exception {
        ImportResult result = interchange.importFile(nic("<driver queues='8'/><mtu size='9000'/>"));
        assertEquals(8, firstDevice(result).getQueues());
        assertTrue(result.warnings().stream().noneMatch(w -> w.element().startsWith("interface/")),
                result.warnings().toString());
    }

    private Path domain(String vcpu, String memory) throws Exception {
        return Files.writeString(temp.resolve("domain.xml"), "<domain type='kvm'>\n  <name>n</name>\n  " + vcpu
                + "\n  " + memory + "\n  <os><type>hvm</type></os>\n</domain>\n");
    }
}
