package org.vwb.interchange.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.vwb.interchange.ConfigurationImporter;
import org.vwb.interchange.ImportResult;
import org.vwb.interchange.Interchange;
import org.vwb.interchange.InterchangeException;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;

/**
 * Scans a folder: every file an importer reads is imported and each of its VMs audited; a file that fails is
 * reported with its reason and the scan goes on. Files no importer claims (disk images, manifests) are skipped.
 */
public final class Audit {

    private final Interchange interchange;

    public Audit(Interchange interchange) {
        this.interchange = interchange;
    }

    public AuditReport scan(Path folder) throws IOException {
        List<VmAudit> vms = new ArrayList<>();
        List<FileProblem> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            try {
                Optional<ConfigurationImporter> importer = interchange.importerFor(file);
                if (importer.isPresent()) {
                    vms.addAll(audit(file, Interchange.importWith(importer.get(), file)));
                }
            } catch (InterchangeException e) {
                problems.add(new FileProblem(file, e.line(), e.reason()));
            } catch (RuntimeException | StackOverflowError e) { // one file's failure must not hide the others
                problems.add(new FileProblem(file, 0, "internal error: " + e));
            }
        }
        return new AuditReport(folder, vms, problems);
    }

    /** Audits the VMs of one imported file. */
    public static List<VmAudit> audit(Path file, ImportResult imported) {
        List<VmAudit> audits = new ArrayList<>();
        for (Configuration configuration : imported.model().getConfigurations()) {
            String profile = configuration.getHypervisor().getVendorProfile();
            for (VirtualMachine vm : configuration.getVirtualMachines()) {
                audits.add(new VmAudit(file, vm.getName(), profile, vm.isEnlightened(),
                        findings(configuration, vm, profile)));
            }
        }
        return audits;
    }

    private static List<AuditFinding> findings(Configuration configuration, VirtualMachine vm, String profile) {
        List<AuditFinding> findings = new ArrayList<>();
        if (!vm.isEnlightened()) {
            findings.add(new AuditFinding(AuditFinding.Type.GUEST_NOT_ENLIGHTENED, configuration, vm, null, null,
                    "guest " + (vm.getOperatingSystem() == null ? "(OS unknown)" : "'" + vm.getOperatingSystem() + "'")
                            + " has no synthetic drivers: every I/O goes through emulated devices"));
        }
        for (VirtualDevice device : vm.getDevices()) {
            if (device.getKind() == DeviceKind.FLOPPY) {
                findings.add(new AuditFinding(AuditFinding.Type.FLOPPY_CONTROLLER, configuration, vm, device, null,
                        device.getName() + ": floppy controller present, the attack surface of VENOM "
                                + "(CVE-2015-3456); remove it unless the guest needs it"));
            } else if (device.getMode() == DeviceMode.EMULATED
                    && (device.getKind() == DeviceKind.NETWORK || device.getKind() == DeviceKind.BLOCK)) {
                Replacements.of(profile, device.getDeviceModel()).ifPresent(replacement -> findings.add(
                        new AuditFinding(AuditFinding.Type.EMULATED_DEVICE, configuration, vm, device, replacement,
                                device.getName() + ": emulated " + device.getDeviceModel() + " can be replaced by "
                                        + "synthetic " + replacement + (vm.isEnlightened() ? ""
                                                : " once the guest has its driver"))));
            }
        }
        return findings;
    }
}
