package org.vwb.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.interchange.ConfigurationExporter;
import org.vwb.interchange.ConfigurationImporter;
import org.vwb.interchange.ExportResult;
import org.vwb.model.Model;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;
import org.vwb.model.validation.ModelValidation;

/**
 * What the command line relies on from every {@link ConfigurationExporter}: what it writes reads back (with the
 * format's importer) as the same VMs with the same devices, as far as the format can express them; a device it
 * leaves out is named in a warning; a file is replaced atomically. An exporter's test subclasses this and
 * provides the exporter, the importer of its format and sample models.
 */
public abstract class ConfigurationExporterContractTest {

    @TempDir
    protected Path temp;

    /** The exporter under test. */
    protected abstract ConfigurationExporter exporter();

    /** The importer that reads what the exporter writes. */
    protected abstract ConfigurationImporter importer();

    /** Models to export, together covering every device the format can express. */
    protected abstract List<Model> samples() throws Exception;

    /** Whether the format can carry this device, so that it must come back on re-import. */
    protected abstract boolean expresses(VirtualDevice device);

    /**
     * Checks a file the exporter wrote against the format's own rules, e.g. a schema validator of the product
     * that reads it. Nothing by default.
     */
    protected void checkWritten(Path written) throws Exception {
        // no format-specific check unless the implementation's test brings one
    }

    @Test
    public final void namesItsFormatAndFileExtension() {
        assertTrue(exporter().format().matches("[a-z0-9]+(-[a-z0-9]+)*"), exporter().format());
        assertTrue(exporter().fileExtension().matches("\\.[A-Za-z0-9.]+"), exporter().fileExtension());
    }

    @Test
    public final void whatItWritesReimportsAsTheSameVmsWithTheSameExpressibleDevices() throws Exception {
        int index = 0;
        for (Model sample : samples()) {
            Path target = temp.resolve("sample" + index++ + exporter().fileExtension());
            List<VirtualMachine> again = new ArrayList<>();
            for (Path written : exporter().export(sample, target).files()) {
                checkWritten(written);
                Model reimported = importer().importFile(written).model();
                assertFalse(ModelValidation.hasErrors(ModelValidation.validate(reimported)), written.toString());
                reimported.getConfigurations().forEach(c -> again.addAll(c.getVirtualMachines()));
            }
            List<VirtualMachine> before = vms(sample);
            assertEquals(before.size(), again.size(), sample.getName());
            for (int i = 0; i < before.size(); i++) {
                String where = sample.getName() + ", VM " + before.get(i).getName();
                assertEquals(expressible(before.get(i)), expressible(again.get(i)), where);
                assertEquals(before.get(i).getVcpus(), again.get(i).getVcpus(), where);
                assertEquals(before.get(i).getMemoryMiB(), again.get(i).getMemoryMiB(), where);
            }
        }
    }

    @Test
    public final void everyDeviceLeftOutIsNamedInAWarning() throws Exception {
        for (Model sample : samples()) {
            ExportResult result = exporter().export(sample, temp.resolve(sample.getName() + exporter().fileExtension()));
            for (VirtualMachine vm : vms(sample)) {
                for (VirtualDevice device : vm.getDevices()) {
                    // a warning of its own, or a line per VM that lists it by name
                    boolean named = result.warnings().stream().anyMatch(w -> device.getName().equals(w.element())
                            || w.element().contains(vm.getName()) && w.message().contains(device.getName() + " ("));
                    assertTrue(expresses(device) || named, () -> sample.getName() + ", VM " + vm.getName()
                            + ": device " + device.getName() + " is left out without a word; warnings: "
                            + result.warnings());
                }
            }
        }
    }

    @Test
    public final void replacesAnExistingFileAtomicallyAndLeavesNoTemporaryFile() throws Exception {
        Model sample = samples().get(0);
        Path target = temp.resolve("existing" + exporter().fileExtension());
        Files.writeString(target, "old");
        ExportResult result = exporter().export(sample, target);
        assertTrue(result.files().contains(target), result.files().toString());
        assertNotEquals("old", Files.readString(target));
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(result.files().stream().sorted().toList(), files.sorted().toList());
        }
    }

    private List<String> expressible(VirtualMachine vm) {
        return vm.getDevices().stream().filter(this::expresses)
                .map(d -> d.getKind() + "/" + d.getMode() + "/" + d.getDeviceModel()).sorted().toList();
    }

    private static List<VirtualMachine> vms(Model model) {
        List<VirtualMachine> vms = new ArrayList<>();
        model.getConfigurations().forEach(c -> vms.addAll(c.getVirtualMachines()));
        return vms;
    }
}
