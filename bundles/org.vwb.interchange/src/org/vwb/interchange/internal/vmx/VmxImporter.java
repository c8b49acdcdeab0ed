package org.vwb.interchange.internal.vmx;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.vwb.interchange.ConfigurationImporter;
import org.vwb.interchange.ImportResult;
import org.vwb.interchange.InterchangeException;
import org.vwb.interchange.internal.BoundedFiles;
import org.vwb.interchange.internal.ImportedVm;
import org.vwb.interchange.internal.Limits;
import org.vwb.interchange.internal.ModelAssembler;
import org.vwb.interchange.internal.Platform;
import org.vwb.interchange.internal.SourceProperties;
import org.vwb.interchange.internal.Warnings;

/**
 * Imports a VMware .vmx file. Workstation and ESXi write the same format; both are imported as ESXi
 * ({@code vmware.esxi-8.0}, drivers in the hypervisor), the platform vwb compares.
 */
@Component(service = ConfigurationImporter.class)
public final class VmxImporter implements ConfigurationImporter {

    @Override
    public String id() {
        return "vmx";
    }

    @Override
    public List<String> fileNamePatterns() {
        return List.of("*.vmx");
    }

    @Override
    public boolean canRead(Path file, byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".vmx")
                || (text.contains("config.version") && text.contains("virtualhw.version"));
    }

    @Override
    public ImportResult importFile(Path file) throws InterchangeException {
        Warnings warnings = new Warnings(file);
        VmxFile vmx = VmxFile.parse(file, BoundedFiles.read(file), warnings);
        if (vmx.get("virtualhw.version").isEmpty() && vmx.get("guestos").isEmpty()) {
            throw new InterchangeException(file, 1, "neither virtualHW.version nor guestOS: not a VMware .vmx file");
        }
        String fileName = file.getFileName().toString();
        int vcpus = Limits.vcpus(file, vmx.line("numvcpus"), "numvcpus", vmx.get("numvcpus", "1"));
        long memory = Limits.memoryMiB(file, vmx.line("memsize"), "memsize", vmx.get("memsize", "256"),
                BigInteger.ONE.shiftLeft(20));
        String hardware = vmx.get("virtualhw.version", "");
        Map<String, String> properties = hardware.matches("[0-9]{1,2}")
                ? Map.of(SourceProperties.HARDWARE_VERSION, String.format("vmx-%02d", Integer.parseInt(hardware)))
                : Map.of();
        ImportedVm vm = new ImportedVm(vmx.get("displayname", fileName), Platform.VMWARE, vcpus, memory,
                vmx.get("guestos", ""), new VmxDevices(vmx, warnings).read(), properties);
        return new ImportResult(ModelAssembler.assemble(fileName, List.of(vm), warnings), warnings.list());
    }
}
