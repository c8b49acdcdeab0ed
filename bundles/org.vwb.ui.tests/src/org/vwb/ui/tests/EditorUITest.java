package org.vwb.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.model.Configuration;
import org.vwb.model.VirtualMachine;
import org.vwb.testing.Examples;
import org.vwb.ui.PartIds;
import org.vwb.ui.internal.editor.ConfigurationEditorPart;
import org.vwb.ui.internal.editor.PropertiesPart;
import org.vwb.ui.internal.handlers.UndoHandler;
import org.vwb.ui.internal.session.Document;

/** The configuration editor and properties view on the seed example, malformed files and an imported file. */
class EditorUITest {

    private Workbench workbench;
    private ConfigurationEditorPart editor;

    @BeforeEach
    void openTheWorkbench() {
        workbench = new Workbench();
        editor = workbench.show(PartIds.EDITOR, ConfigurationEditorPart.class);
    }

    @Test
    void theSeedExampleOpensAsATreeOfItsConfigurations() {
        workbench.open(Examples.path("seed/esx-vs-hyperv.vwb"));
        TreeItem model = editor.tree().getTree().getItem(0);
        List<String> children = java.util.Arrays.stream(model.getItems()).map(TreeItem::getText).toList();
        assertTrue(children.contains("Configuration esxi-3.5"), children.toString());
        assertTrue(children.contains("Configuration hyperv-2008"), children.toString());
        assertTrue(editor.problemLines().isEmpty(), "the seed is valid: " + editor.problemLines());
        assertFalse(workbench.part(PartIds.EDITOR).isDirty());
    }

    @Test
    void aPropertyEditIsUndoneByEditUndoAndTheDirtyFlagFollows() {
        Document document = workbench.open(Examples.path("seed/esx-vs-hyperv.vwb"));
        VirtualMachine legacy = legacyVm(document);
        editor.reveal(legacy);
        PropertiesPart properties = workbench.show(PartIds.PROPERTIES, PropertiesPart.class);

        properties.edit("vcpus", "2");
        workbench.flush();
        assertEquals(2, legacy.getVcpus());
        assertTrue(workbench.part(PartIds.EDITOR).isDirty(), "an edit makes the editor dirty");

        new UndoHandler().run(workbench.session(), null);
        workbench.flush();
        assertEquals(1, legacy.getVcpus());
        assertFalse(workbench.part(PartIds.EDITOR).isDirty(), "undoing the only edit makes it clean again");
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedWithAReasonAndChangesNothing() {
        Document document = workbench.open(Examples.path("seed/esx-vs-hyperv.vwb"));
        VirtualMachine legacy = legacyVm(document);
        editor.reveal(legacy);
        PropertiesPart properties = workbench.show(PartIds.PROPERTIES, PropertiesPart.class);
        properties.edit("vcpus", "two");
        assertEquals(1, legacy.getVcpus());
        assertTrue(properties.status().contains("'two' is not a valid"), properties.status());
        assertFalse(document.commandStack().canUndo());
    }

    @Test
    void anInvalidValueIsMarkedOnItsElementWithTheValidatorsMessage() {
        Document document = workbench.open(Examples.path("seed/esx-vs-hyperv.vwb"));
        VirtualMachine legacy = legacyVm(document);
        editor.reveal(legacy);
        workbench.show(PartIds.PROPERTIES, PropertiesPart.class).edit("vcpus", "0");
        workbench.flush();
        assertFalse(document.findingsOn(legacy).isEmpty(), "0 vCPUs is a validation problem");
        TreeItem item = (TreeItem) editor.tree().testFindItem(legacy);
        assertTrue(item.getText().endsWith("error"), item.getText());
        assertTrue(editor.problemLines().stream().anyMatch(l -> l.startsWith("error:") && l.contains("legacy-vm")),
                editor.problemLines().toString());
    }

    @Test
    void aMalformedFileOpensWithItsDiagnosticsInsteadOfACrash() {
        workbench.open(Examples.path("invalid/truncated.vwb"));
        assertEquals(0, editor.tree().getTree().getItemCount());
        List<String> problems = editor.problemLines();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("error: ") && problems.get(0).contains("truncated.vwb"),
                problems.get(0));
    }

    @Test
    void anImportedFileOpensWithItsImportWarningsAndIsDirtyUntilSaved(@TempDir Path folder) throws IOException {
        Document document = workbench.open(Examples.path("interchange/libvirt-qemu-legacy.xml"));
        assertFalse(document.configurations().isEmpty(), "the importer made a configuration");
        assertTrue(document.title().contains("imported"), document.title());
        assertTrue(document.isDirty(), "an import has no .vwb file yet");
        assertEquals(document.importWarnings().size(),
                editor.problemLines().stream().filter(l -> l.startsWith("import: ")).count());
        document.saveAs(folder.resolve("imported.vwb"));
        assertFalse(document.isDirty());
        assertTrue(Files.readString(folder.resolve("imported.vwb")).contains("vwb:Model"));
    }

    @Test
    void aFailedSaveKeepsTheEditsUnsavedAndSaysWhy(@TempDir Path folder) throws IOException {
        Document document = workbench.open(Examples.path("seed/esx-vs-hyperv.vwb"));
        editor.reveal(legacyVm(document));
        workbench.show(PartIds.PROPERTIES, PropertiesPart.class).edit("vcpus", "2");
        Path notAFolder = Files.writeString(folder.resolve("file"), "x");
        IOException failure = assertThrows(IOException.class, () -> document.saveAs(notAFolder.resolve("seed.vwb")));
        assertFalse(String.valueOf(failure.getMessage()).isEmpty());
        assertTrue(document.isDirty(), "the edit is still unsaved");
        assertEquals(Examples.path("seed/esx-vs-hyperv.vwb"), document.file().orElseThrow());
    }

    private static VirtualMachine legacyVm(Document document) {
        Configuration hyperV = document.configurations().get(1);
        return hyperV.getVirtualMachines().stream().filter(v -> v.getName().equals("legacy-vm")).findFirst()
                .orElseThrow();
    }
}
