package org.vwb.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.headless.ExitCodes;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.vwb.interchange.Interchange;
import org.vwb.model.Model;
import org.vwb.model.VirtualMachine;
import org.vwb.model.persistence.ModelFiles;
import org.vwb.testing.Examples;

class ExportCommandTest {

    @TempDir
    Path temp;

    private Path model;

    @BeforeEach
    void importAModel() {
        CliRun run = CliRun.of("import", Examples.path("interchange/esxi-app01.vmx"), "--out", temp);
        assertEquals(ExitCodes.OK, run.exit(), run::toString);
        model = temp.resolve("esxi-app01.vwb");
    }

    @Test
    void exportWritesOvfBesideTheModelThatReimportsOnTheSamePlatform() throws Exception {
        CliRun run = CliRun.of("export", model, "--format", "ovf");
        assertEquals(ExitCodes.OK, run.exit(), run::toString);
        Path ovf = temp.resolve("esxi-app01.ovf");
        assertEquals("wrote " + ovf + "\n", run.out());
        assertEquals("vmware.esxi-8.0", Interchange.builtIn().importFile(ovf).model().getConfigurations().get(0)
                .getHypervisor().getVendorProfile());
    }

    @Test
    void exportToStdoutWritesOnlyTheDocument() {
        CliRun run = CliRun.of("export", model, "--format", "libvirt", "--out", "-");
        assertEquals(ExitCodes.OK, run.exit(), run::toString);
        assertTrue(run.out().contains("<domain"), run::toString);
    }

    @Test
    void exportToStdoutOfSeveralFilesSaysHowManyAndWhatToDoAndAnOvfCollectionIsOneDocument() throws Exception {
        Path seed = Examples.path("seed/esx-vs-hyperv.vwb");
        CliRun one = CliRun.of("export", seed, "--format", "libvirt", "--config", "hyperv-2008", "--out", "-");
        assertEquals(ExitCodes.FAILED, one.exit(), one::toString);
        assertEquals(List.of("error: " + seed + ": the export makes 2 files and --out - writes one; give --out a "
                + "PATH (the files are named after it)"), one.errLines().stream()
                .filter(l -> l.startsWith("error: ")).toList(), one::toString);
        assertEquals("", one.out());
        CliRun all = CliRun.of("export", seed, "--format", "ovf", "--out", "-");
        assertEquals(ExitCodes.OK, all.exit(), all::toString);
        assertTrue(all.out().contains("<VirtualSystemCollection ovf:id=\"esx-vs-hyperv\">"), all::toString);
    }

    @Test
    void exportToAnExistingFolderWritesIntoItNamedAfterTheModelFile() throws Exception {
        Path seed = Examples.path("seed/esx-vs-hyperv.vwb");
        Path folder = Files.createDirectory(temp.resolve("exports"));
        CliRun all = CliRun.of("export", seed, "--format", "libvirt", "--config", "esxi-3.5", "--out", folder);
        assertEquals(ExitCodes.OK, all.exit(), all::toString);
        assertEquals("wrote " + folder.resolve("esx-vs-hyperv-enlightened-vm.xml") + "\nwrote "
                + folder.resolve("esx-vs-hyperv-legacy-vm.xml") + "\n", all.out());
        CliRun one = CliRun.of("export", seed, "--format", "ovf", "--out", folder);
        assertEquals(ExitCodes.OK, one.exit(), one::toString);
        assertEquals("wrote " + folder.resolve("esx-vs-hyperv.ovf") + "\n", one.out());
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(List.of(model, folder), files.sorted().toList(), "nothing written beside the folder");
        }
    }

    @Test
    void exportRefusesAnInvalidModelNamingEachErrorAndWritesNothing() throws Exception {
        Model invalid = ModelFiles.load(model);
        VirtualMachine vm = invalid.getConfigurations().get(0).getVirtualMachines().get(0);
        vm.setVcpus(-2);
        invalid.getConfigurations().get(0).getVirtualMachines().add(EcoreUtil.copy(vm));
        Path file = temp.resolve("invalid.vwb");
        ModelFiles.save(invalid, file);
        CliRun run = CliRun.of("export", file, "--format", "libvirt");
        assertEquals(ExitCodes.FAILED, run.exit(), run::toString);
        assertTrue(run.errLines().stream().anyMatch(l -> l.startsWith("error: " + file + ": ") && l.contains("-2") && l.contains("vCPUs")),
                run::toString);
        assertTrue(run.errLines().stream().anyMatch(l -> l.contains("two virtual machines named")), run::toString);
        assertFalse(Files.exists(temp.resolve("invalid.xml")), "nothing written");
    }

    @Test
    void exportRefusesToReplaceAnExistingFileWithoutForceAndReplacesItWithForce() throws Exception {
        Path target = temp.resolve("app.xml");
        Files.writeString(target, "mine");
        CliRun run = CliRun.of("export", model, "--format", "libvirt", "--out", target);
        assertEquals(ExitCodes.FAILED, run.exit(), run::toString);
        assertTrue(run.errLines().contains("error: " + target + ": exists (use --force to replace it)"), run::toString);
        assertTrue(run.errLines().stream().filter(l -> l.startsWith("warning: ")).allMatch(
                l -> l.startsWith("warning: " + target + ": ")), "warnings name the real target: " + run);
        assertEquals("mine", Files.readString(target));
        CliRun forced = CliRun.of("export", model, "--format", "libvirt", "--out", target, "--force");
        assertEquals(ExitCodes.OK, forced.exit(), forced::toString);
        assertTrue(Files.readString(target).contains("<domain"));
        try (Stream<Path> files = Files.list(temp)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void exportWithAnUnknownFormatIsAUsageError() {
        CliRun run = CliRun.of("export", model, "--format", "vhdx");
        assertEquals(ExitCodes.USAGE, run.exit(), run::toString);
        assertTrue(run.err().startsWith("error: unknown format 'vhdx' (known: ovf, libvirt)"), run::toString);
    }

    @Test
    void exportWithoutAFormatIsAUsageError() {
        CliRun run = CliRun.of("export", model);
        assertEquals(ExitCodes.USAGE, run.exit(), run::toString);
        assertTrue(run.err().startsWith("error: missing option --format"), run::toString);
    }

    @Test
    void exportOfAMissingFileExitsOne() {
        Path missing = temp.resolve("missing.vwb");
        CliRun run = CliRun.of("export", missing, "--format", "ovf");
        assertEquals(ExitCodes.FAILED, run.exit(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith("error: " + missing), run::toString);
    }

    @Test
    void exportOfAnUnknownConfigurationNamesTheOnesThereAre() {
        CliRun run = CliRun.of("export", model, "--format", "ovf", "--config", "nope");
        assertEquals(ExitCodes.FAILED, run.exit(), run::toString);
        assertTrue(run.err().startsWith("error: " + model + ": no configuration 'nope' (it has: "), run::toString);
    }
}
