package org.vwb.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;
import org.vwb.model.Model;
import org.vwb.model.persistence.ModelFiles;
import org.vwb.model.persistence.ModelLoadException;
import org.vwb.testing.Examples;

class ModelFilesTest {

    @TempDir
    Path temp;

    @Test
    void seedExampleDescribesBothArchitecturesWithTheSameVms() throws Exception {
        Model model = ModelFiles.load(Examples.path("seed/esx-vs-hyperv.vwb"));
        Configuration esx = model.getConfigurations().get(0);
        Configuration hyperV = model.getConfigurations().get(1);
        assertEquals(DriverPlacement.IN_HYPERVISOR, esx.getHypervisor().getDriverPlacement());
        assertEquals(DriverPlacement.PARENT_PARTITION, hyperV.getHypervisor().getDriverPlacement());
        assertEquals(List.of("enlightened-vm", "legacy-vm"),
                hyperV.getVirtualMachines().stream().map(vm -> vm.getName()).toList());
        assertEquals(DeviceMode.EMULATED, hyperV.getVirtualMachines().get(1).getDevices().get(0).getMode());
        assertEquals("dec21140", hyperV.getVirtualMachines().get(1).getDevices().get(0).getDeviceModel());
        assertEquals(hyperV.getVirtualMachines().get(0).getDevices().get(1),
                hyperV.getVirtualMachines().get(0).getWorkloads().get(1).getDevice(), "key references resolve");
    }

    @Test
    void savedModelLoadsBackEqual() throws Exception {
        Model original = ModelFiles.load(Examples.path("seed/esx-vs-hyperv.vwb"));
        Path copy = temp.resolve("copy.vwb");
        ModelFiles.save(EcoreUtil.copy(original), copy);
        Model reloaded = ModelFiles.load(copy);
        assertTrue(EcoreUtil.equals(original, reloaded), "round trip keeps every value and reference");
        assertTrue(Files.readString(copy).contains("@hosts[name='poweredge-2950']"),
                "references are written with readable name keys");
    }

    @Test
    void savingReplacesTheFileWholeAndLeavesNoTemporaryFile() throws Exception {
        Path file = temp.resolve("model.vwb");
        Files.writeString(file, "old content");
        Model model = ModelFiles.load(Examples.path("hosted/kvm-virtio-vs-e1000.vwb"));
        ModelFiles.save(model, file);
        assertTrue(Files.readString(file).startsWith("<?xml"));
        try (var files = Files.list(temp)) {
            assertEquals(List.of(file), files.toList(), "only the target remains");
        }
    }

    @Test
    void savedFileIsReadableLikeANewFileOrKeepsThePermissionsOfTheFileItReplaces() throws Exception {
        Model model = ModelFiles.load(Examples.path("seed/esx-vs-hyperv.vwb"));
        Path fresh = temp.resolve("fresh.vwb");
        ModelFiles.save(EcoreUtil.copy(model), fresh);
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(fresh)));
        Path shared = Files.writeString(temp.resolve("shared.vwb"), "old");
        Files.setPosixFilePermissions(shared, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        ModelFiles.save(EcoreUtil.copy(model), shared);
        assertEquals("rw-rw----", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(shared)));
    }

    @Test
    void failedSaveLeavesTheOldFileUntouched() throws Exception {
        Path folder = Files.createDirectory(temp.resolve("ro"));
        Path file = folder.resolve("model.vwb");
        Files.writeString(file, "old content");
        assertTrue(folder.toFile().setWritable(false));
        try {
            Model model = ModelFiles.load(Examples.path("seed/esx-vs-hyperv.vwb"));
            if (Files.isWritable(folder)) {
                return; // running as a user who ignores permissions (root): nothing to prove here
            }
            assertThrows(IOException.class, () -> ModelFiles.save(model, file));
            assertEquals("old content", Files.readString(file));
        } finally {
            folder.toFile().setWritable(true);
        }
    }

    @Test
    void truncatedFileNamesFileLineAndReason() {
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> ModelFiles.load(Examples.path("invalid/truncated.vwb")));
        assertTrue(e.line() > 1, "line given: " + e.getMessage());
        assertTrue(e.getMessage().startsWith(Examples.path("invalid/truncated.vwb").toString() + ":"), e.getMessage());
        assertTrue(e.reason().startsWith("malformed XML"), e.getMessage());
    }

    @Test
    void unknownEnumLiteralIsNamedWithTheAllowedOnes() {
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> ModelFiles.load(Examples.path("invalid/unknown-mode.vwb")));
        assertTrue(e.reason().contains("'PARAVIRTUAL'") && e.reason().contains("'mode'")
                && e.reason().contains("EMULATED, SYNTHETIC, PASSTHROUGH"), e.getMessage());
        assertTrue(e.line() > 0, e.getMessage());
    }

    @Test
    void unknownElementIsNamed() {
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> ModelFiles.load(Examples.path("invalid/unknown-element.vwb")));
        assertTrue(e.reason().contains("'hypervisorr'"), e.getMessage());
        assertTrue(e.line() > 0, e.getMessage());
    }

    @Test
    void danglingReferenceIsNamed() {
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> ModelFiles.load(Examples.path("invalid/dangling-reference.vwb")));
        assertTrue(e.reason().contains("dangling reference") && e.reason().contains("hba9"), e.getMessage());
    }

    @Test
    void fileOfANewerModelVersionSaysSo() {
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> ModelFiles.load(Examples.path("invalid/newer-version.vwb")));
        assertTrue(e.reason().contains("model version 2.0"), e.getMessage());
    }

    @Test
    void externalEntitiesAreRefused() {
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> ModelFiles.load(Examples.path("invalid/external-entity.vwb")));
        assertTrue(e.reason().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("root:"), "no file content leaks into the message");
    }

    @Test
    void missingEmptyAndNonModelFilesAreRefusedClearly() throws Exception {
        assertTrue(assertThrows(ModelLoadException.class, () -> ModelFiles.load(temp.resolve("absent.vwb")))
                .reason().contains("no such file"));
        Path empty = Files.createFile(temp.resolve("empty.vwb"));
        assertTrue(assertThrows(ModelLoadException.class, () -> ModelFiles.load(empty)).reason().contains("empty"));
        Path html = Files.writeString(temp.resolve("page.vwb"), "<html><body/></html>");
        assertTrue(assertThrows(ModelLoadException.class, () -> ModelFiles.load(html)).reason()
                .contains("not a vwb model"));
    }
}
