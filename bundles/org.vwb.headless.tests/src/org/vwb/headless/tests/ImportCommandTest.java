package org.vwb.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.core.Simulator;
import org.vwb.headless.CommandRegistry;
import org.vwb.headless.ExitCodes;
import org.vwb.headless.internal.commands.ImportCommand;
import org.vwb.model.persistence.ModelFiles;
import org.vwb.model.validation.ModelValidation;
import org.vwb.testing.Examples;

class ImportCommandTest {

    @TempDir
    Path temp;

    @Test
    void importWritesAValidVwbFileOfTheSameBaseNameIntoTheOutputFolder() throws Exception {
        CliRun run = CliRun.of("import", Examples.path("interchange/esxi-app01.vmx"),
                Examples.path("interchange/libvirt-kvm-virtio-vhost.xml"), "--out", temp);
        assertEquals(ExitCodes.OK, run.exit(), run::toString);
        for (String name : List.of("esxi-app01.vwb", "libvirt-kvm-virtio-vhost.vwb")) {
            Path written = temp.resolve(name);
            assertFalse(ModelValidation.hasErrors(ModelValidation.validate(ModelFiles.load(written))), name);
            assertTrue(run.out().contains("wrote " + written), run::toString);
        }
        assertTrue(run.out().endsWith("imported 2 files: 2 written, 0 failed; " + warnings(run) + "\n"), run::toString);
    }

    @Test
    void importWritesBesideTheInputByDefault() throws Exception {
        Path input = temp.resolve("web.ovf");
        Files.copy(Examples.path("interchange/vsphere-ovftool-web.ovf"), input);
        CliRun run = CliRun.of("import", input);
        assertEquals(ExitCodes.OK, run.exit(), run::toString);
        assertTrue(Files.exists(temp.resolve("web.vwb")), run::toString);
    }

    @Test
    void importPrintsEachGuessAsAWarningWithFileLineAndElement() {
        Path file = Examples.path("interchange/libvirt-qemu-legacy.xml");
        CliRun run = CliRun.of("import", file, "--out", temp);
        assertEquals(ExitCodes.OK, run.exit(), run::toString);
        assertFalse(run.errLines().isEmpty(), "the legacy domain has devices vwb does not model");
        Pattern warning = Pattern.compile("warning: " + Pattern.quote(file.toString()) + "(:\\d+)?: [^:]+: .+");
        run.errLines().forEach(line -> assertTrue(warning.matcher(line).matches(), line));
    }

    @Test
    void importReportsAMaliciousFileWithLineAndReasonAndStillImportsTheOthers() {
        Path hostile = Examples.path("interchange/malicious/xxe-external-entity.ovf");
        CliRun run = CliRun.of("import", hostile, Examples.path("interchange/esxi-app01.vmx"), "--out", temp);
        assertEquals(ExitCodes.FAILED, run.exit(), run::toString);
        List<String> errors = run.errLines().stream().filter(l -> l.startsWith("error:")).toList();
        assertEquals(1, errors.size(), run::toString);
        assertTrue(errors.get(0).startsWith("error: " + hostile + ":2: "), run::toString);
        assertTrue(run.err().contains("DOCTYPE"), run::toString);
        assertFalse(run.err().contains("\tat "), "no stack trace without --debug");
        assertTrue(Files.exists(temp.resolve("esxi-app01.vwb")), run::toString);
        assertTrue(run.out().contains("1 written, 1 failed"), run::toString);
    }

    @Test
    void importOfAMissingFileExitsOneNamingIt() {
        Path missing = temp.resolve("missing.ovf");
        CliRun run = CliRun.of("import", missing);
        assertEquals(ExitCodes.FAILED, run.exit(), run::toString);
        assertEquals(List.of("error: " + missing + ": no such file"), run.errLines(), run::toString);
    }

    @Test
    void importIntoAnOutFolderThatIsAFileExitsOneNamingItAndWritesNothing() throws Exception {
        Path notAFolder = temp.resolve("report.html");
        Files.writeString(notAFolder, "mine");
        CliRun run = CliRun.of("import", Examples.path("interchange/esxi-app01.vmx"), "--out", notAFolder);
        assertEquals(ExitCodes.FAILED, run.exit(), run::toString);
        assertEquals(List.of("error: " + notAFolder
                + ": is not a folder (--out names the folder the .vwb files go to)"), run.errLines(), run::toString);
        assertEquals("mine", Files.readString(notAFolder));
        try (var files = Files.list(temp)) {
            assertEquals(List.of(notAFolder), files.toList(), "nothing else written");
        }
    }

    @Test
    void importRefusesToReplaceAnExistingFileWithoutForce() throws Exception {
        Path existing = temp.resolve("esxi-app01.vwb");
        Files.writeString(existing, "mine");
        CliRun run = CliRun.of("import", Examples.path("interchange/esxi-app01.vmx"), "--out", temp);
        assertEquals(ExitCodes.FAILED, run.exit(), run::toString);
        assertEquals("mine", Files.readString(existing));
        assertTrue(run.err().contains(existing + ": exists (use --force to replace it)"), run::toString);
        CliRun forced = CliRun.of("import", Examples.path("interchange/esxi-app01.vmx"), "--out", temp, "--force");
        assertEquals(ExitCodes.OK, forced.exit(), forced::toString);
        assertTrue(Files.readString(existing).contains("esxi-app01"), "replaced");
    }

    @Test
    void importNeverWritesOneTargetTwiceInOneRun() throws Exception {
        Path other = Files.createDirectory(temp.resolve("other"));
        Files.copy(Examples.path("interchange/esxi-app01.vmx"), other.resolve("esxi-app01.vmx"));
        CliRun run = CliRun.of("import", Examples.path("interchange/esxi-app01.vmx"), other.resolve("esxi-app01.vmx"),
                "--out", temp, "--force");
        assertEquals(ExitCodes.FAILED, run.exit(), run::toString);
        assertTrue(run.err().contains("was just written from"), run::toString);
    }

    @Test
    void importWithoutAFileIsAUsageError() {
        CliRun run = CliRun.of("import");
        assertEquals(ExitCodes.USAGE, run.exit(), run::toString);
        assertTrue(run.err().startsWith("error: missing argument FILE (usage: vwb import"), run::toString);
    }

    private static String warnings(CliRun run) {
        long count = run.errLines().stream().filter(l -> l.startsWith("warning: ")).count();
        return count + " warning" + (count == 1 ? "" : "s");
    }

    @Test
    void importOfStandardInputWritesTheModelToStdoutAndNamesStandardInputInWarnings() throws Exception {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(Examples.path("interchange/libvirt-qemu-legacy.xml"))));
            CliRun run = CliRun.of("import", "-");
            assertEquals(ExitCodes.OK, run.exit(), run::toString);
            assertTrue(run.out().startsWith("<?xml") && run.out().contains("name=\"nt4-pos\""), run::toString);
            assertTrue(run.errLines().stream().anyMatch(l -> l.startsWith("warning: -:40: interface: ")), run::toString);
            assertTrue(run.err().contains("imported 1 file: 1 written, 0 failed"), run::toString);
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void importOfMoreStandardInputThanAnyConfigurationHoldsIsRefused() {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(new byte[16 * 1024 * 1024 + 1]));
            CliRun run = CliRun.of("import", "-");
            assertEquals(ExitCodes.FAILED, run.exit(), run::toString);
            assertTrue(run.err().contains("error: -: standard input gives more than 16777216 bytes"), run::toString);
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void importDomainPicksOneOfTheDomainsOfAFileAndNamesTheChoicesWhenNoneMatches() throws Exception {
        Path file = Examples.path("interchange/virt-install-print-xml.xml");
        CliRun run = CliRun.of("import", file, "--domain", "2", "--out", temp);
        assertEquals(ExitCodes.OK, run.exit(), run::toString);
        assertEquals(List.of("web01-2"), ModelFiles.load(temp.resolve("virt-install-print-xml.vwb"))
                .getConfigurations().stream().map(c -> c.getName()).toList());
        CliRun none = CliRun.of("import", file, "--domain", "mail", "--out", temp, "--force");
        assertEquals(ExitCodes.FAILED, none.exit(), none::toString);
        assertTrue(none.err().contains("error: " + file + ": no VM named 'mail' (the file has: web01, web01)"),
                none::toString);
    }

    @Test
    void importOfAFifoFailsAtOnceAndTheOtherFilesAreStillImported() throws Exception {
        Path fifo = temp.resolve("domain.xml");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60), // a regression would block, not be slow
                () -> CliRun.of("import", fifo, Examples.path("interchange/esxi-app01.vmx"), "--out", temp));
        assertEquals(ExitCodes.FAILED, run.exit(), run::toString);
        assertTrue(run.err().contains("error: " + fifo + ": is not a regular file"), run::toString);
        assertTrue(Files.exists(temp.resolve("esxi-app01.vwb")), run::toString);
    }

    @Test
    void importSaysAtOnceWhatTheInstalledPluginsLackToRunTheImport() {
        List<String> missing = List.of("configuration 'app01': vendor profile 'vmware.esxi-8.0' is not installed",
                "configuration 'app01': no cost model for hardware generation ''",
                "configuration 'app01' / virtual machine 'app01' / device 'disk0': device model 'pvscsi' is not "
                        + "installed", "configuration 'app01' / virtual machine 'app01' / device 'disk1': device model "
                        + "'pvscsi' is not installed");
        Simulator lacking = (Simulator) Proxy.newProxyInstance(Simulator.class.getClassLoader(),
                new Class<?>[] {Simulator.class}, (proxy, method, args) -> method.getName().equals("problems")
                        ? missing : null);
        Path file = Examples.path("interchange/esxi-app01.vmx");
        CliRun run = CliRun.with(CommandRegistry.of(List.of(new ImportCommand(() -> Optional.of(lacking)))),
                "import", file, "--out", temp);
        assertEquals(ExitCodes.OK, run.exit(), "the import itself is good: " + run);
        assertEquals(List.of("warning: " + file + ": configuration 'app01' cannot run with the installed plugins ("
                + "vendor profile 'vmware.esxi-8.0' is not installed; no cost model for hardware generation ''; "
                + "device 'disk0': device model 'pvscsi' is not installed; and 1 more); add the plugin that provides "
                + "it (vwb plugins lists what is installed) or change the model"), run.errLines(), run::toString);
        assertTrue(run.out().endsWith("1 warning\n"), run::toString);
    }
}
