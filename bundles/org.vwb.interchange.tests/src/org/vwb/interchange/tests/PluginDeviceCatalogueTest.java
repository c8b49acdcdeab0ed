package org.vwb.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.DeviceNames;
import org.vwb.interchange.Interchange;
import org.vwb.interchange.audit.AuditReport;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.model.Model;
import org.vwb.model.VirtualDevice;
import org.vwb.testing.Examples;

/**
 * A device model a plugin installs, a network adapter or a storage controller, is known to import, export and the
 * audit through the names it declares in its service properties, and no longer once it is gone.
 */
class PluginDeviceCatalogueTest {

    /** A device model known only by its registration, as a plugin's would be. */
    private record Plugged(String id, DeviceKind kind, DeviceMode mode) implements DeviceModel {
        @Override
        public String description() {
            return "a test plugin's device";
        }

        @Override
        public String source() {
            return "this test";
        }

        @Override
        public int maxInFlight() {
            return 1;
        }
    }

    @TempDir
    Path folder;

    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private final Interchange interchange = Interchange.builtIn();

    @AfterEach
    void uninstall() {
        registrations.forEach(ServiceRegistration::unregister);
    }

    private void install(String id, DeviceMode mode, String... names) {
        install(id, DeviceKind.NETWORK, mode, names);
    }

    private void install(String id, DeviceKind kind, DeviceMode mode, String... names) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(DeviceNames.ID, id);
        properties.put(DeviceNames.KIND, kind.name());
        properties.put(DeviceNames.MODE, mode.name());
        for (int i = 0; i < names.length; i += 2) {
            properties.put(names[i], names[i + 1].split(","));
        }
        registrations.add(FrameworkUtil.getBundle(getClass()).getBundleContext().registerService(DeviceModel.class,
                new Plugged(id, kind, mode), properties));
    }

    private void installAcme() {
        install("acme-nic", DeviceMode.EMULATED, DeviceNames.OVF, "AcmeNic", DeviceNames.LIBVIRT, "acme-nic,acme",
                DeviceNames.VMX, "acmenic");
        install("acme-pv", DeviceMode.SYNTHETIC, DeviceNames.REPLACES, "acme-nic");
    }

    /** A SAS controller of a plugin (an OVF "other storage" item), and its paravirtual replacement. */
    private void installAcmeStorage() {
        install("acme-sas", DeviceKind.BLOCK, DeviceMode.EMULATED, DeviceNames.OVF, "AcmeSAS",
                DeviceNames.OVF_RESOURCE_TYPE, "20", DeviceNames.LIBVIRT, "acme-sas", DeviceNames.VMX, "acmesas");
        install("acme-pvblk", DeviceKind.BLOCK, DeviceMode.SYNTHETIC, DeviceNames.REPLACES, "acme-sas");
    }

    /** A vSphere .vmx whose disks hang on the plugin's controller (scsi0, which has two). */
    private Path vmxWithAcmeController() throws Exception {
        return vmxWith("scsi0.virtualDev = \"pvscsi\"", "scsi0.virtualDev = \"AcmeSAS\"");
    }

    /** vSphere's app01.vmx with one line changed, in the test's folder. */
    private Path vmxWith(String line, String instead) throws Exception {
        String vmx = Files.readString(Examples.path("interchange/esxi-app01.vmx")).replace(line, instead);
        return Files.writeString(folder.resolve("app01.vmx"), vmx);
    }

    /** The files a model exports to, OVF and libvirt XML. */
    private record Exported(Path ovf, Path libvirt) {
    }

    private Exported export(Model model) throws Exception {
        Exported exported = new Exported(folder.resolve("out.ovf"), folder.resolve("out.xml"));
        interchange.export(model, "ovf", exported.ovf());
        interchange.export(model, "libvirt", exported.libvirt());
        return exported;
    }

    private static List<String> disks(Model model) {
        return model.getConfigurations().get(0).getVirtualMachines().get(0).getDevices().stream()
                .filter(d -> d.getKind() == DeviceKind.BLOCK).map(VirtualDevice::getDeviceModel).toList();
    }

    /** A vSphere .vmx whose first NIC is the plugin's device. */
    private Path vmxWithAcmeNic() throws Exception {
        return vmxWith("ethernet0.virtualDev = \"vmxnet3\"", "ethernet0.virtualDev = \"AcmeNIC\"");
    }

    private VirtualDevice firstNic(Model model) {
        return model.getConfigurations().get(0).getVirtualMachines().get(0).getDevices().stream()
                .filter(d -> d.getKind() == DeviceKind.NETWORK).findFirst().orElseThrow();
    }

    @Test
    void anImportedNicOfAnInstalledPluginModelIsThatModelAndUnknownWithoutIt() throws Exception {
        Path vmx = vmxWithAcmeNic();
        assertEquals("unknown", firstNic(interchange.importFile(vmx).model()).getDeviceModel());
        installAcme();
        VirtualDevice nic = firstNic(interchange.importFile(vmx).model());
        assertEquals("acme-nic", nic.getDeviceModel());
        assertEquals(DeviceMode.EMULATED, nic.getMode());
        uninstall();
        registrations.clear();
        assertEquals("unknown", firstNic(interchange.importFile(vmx).model()).getDeviceModel());
    }

    @Test
    void anExportNamesTheNicAsThePluginModelSaysEachFormatCallsIt() throws Exception {
        installAcme();
        Exported exported = export(interchange.importFile(vmxWithAcmeNic()).model());
        Path ovf = exported.ovf();
        Path libvirt = exported.libvirt();
        assertTrue(Files.readString(ovf).contains(">AcmeNic</"), Files.readString(ovf));
        assertTrue(Files.readString(libvirt).matches("(?s).*<model type=.acme-nic./>.*"), Files.readString(libvirt));
        Model back = interchange.importFile(ovf).model();
        assertEquals("acme-nic", firstNic(back).getDeviceModel(), "the OVF it wrote reads back as the same model");
    }

    @Test
    void theAuditProposesTheSyntheticDeviceAPluginSaysReplacesItsEmulatedOne() throws Exception {
        vmxWithAcmeNic();
        assertTrue(replacements(interchange.audit(folder)).stream().noneMatch(r -> r.startsWith("acme-nic")));
        installAcme();
        assertTrue(replacements(interchange.audit(folder)).contains("acme-nic->acme-pv"),
                interchange.audit(folder).toText());
    }

    @Test
    void disksOnAnInstalledPluginsStorageControllerAreThatModelAndUnknownWithoutIt() throws Exception {
        Path vmx = vmxWithAcmeController();
        assertEquals(List.of("unknown", "unknown", "nvme"), disks(interchange.importFile(vmx).model()));
        installAcmeStorage();
        Model model = interchange.importFile(vmx).model();
        assertEquals(List.of("acme-sas", "acme-sas", "nvme"), disks(model));
        assertEquals(DeviceMode.EMULATED, model.getConfigurations().get(0).getVirtualMachines().get(0).getDevices()
                .stream().filter(d -> d.getDeviceModel().equals("acme-sas")).findFirst().orElseThrow().getMode());
        uninstall();
        registrations.clear();
        assertEquals(List.of("unknown", "unknown", "nvme"), disks(interchange.importFile(vmx).model()));
    }

    @Test
    void anExportWritesThePluginsControllerAsItSaysAndReadsItBack() throws Exception {
        installAcmeStorage();
        Model model = interchange.importFile(vmxWithAcmeController()).model();
        Exported exported = export(model);
        Path ovf = exported.ovf();
        Path libvirt = exported.libvirt();
        String written = Files.readString(ovf);
        assertTrue(written.matches("(?s).*<rasd:ResourceSubType>AcmeSAS</rasd:ResourceSubType>\\s*"
                + "<rasd:ResourceType>20</rasd:ResourceType>.*"), written);
        assertTrue(Files.readString(libvirt).matches("(?s).*<controller [^>]*model=.acme-sas.*"),
                Files.readString(libvirt));
        assertEquals(disks(model), disks(interchange.importFile(ovf).model()), "the OVF it wrote reads back the same");
        assertEquals(List.of("acme-sas", "acme-sas"), disks(interchange.importFile(libvirt).model()).stream()
                .filter(d -> d.startsWith("acme")).toList(), "libvirt's scsi disks read back on the plugin's model");
    }

    @Test
    void theAuditProposesThePluginsParavirtualControllerForItsEmulatedOne() throws Exception {
        vmxWithAcmeController();
        installAcmeStorage();
        assertTrue(replacements(interchange.audit(folder)).contains("acme-sas->acme-pvblk"),
                interchange.audit(folder).toText());
        uninstall();
        registrations.clear();
        assertTrue(replacements(interchange.audit(folder)).stream().noneMatch(r -> r.startsWith("acme-sas")));
    }

    private static List<String> replacements(AuditReport report) {
        return report.vms().stream().flatMap(vm -> vm.findings().stream()).filter(f -> f.replacement() != null)
                .map(f -> f.device().getDeviceModel() + "->" + f.replacement()).toList();
    }
}
