package org.vwb.interchange.audit;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of an audit, with its two renderings: text for people, JSON for machines (the command line's
 * {@code --format json}).
 *
 * @param folder   the folder scanned
 * @param vms      one entry per VM found, in file order
 * @param problems files that could not be read
 */
public record AuditReport(Path folder, List<VmAudit> vms, List<FileProblem> problems) {

    public AuditReport {
        vms = List.copyOf(vms);
        problems = List.copyOf(problems);
    }

    public List<AuditFinding> findings() {
        return vms.stream().flatMap(vm -> vm.findings().stream()).toList();
    }

    public String toText() {
        StringBuilder text = new StringBuilder("audit of " + folder + ": " + vms.size() + " VM(s), "
                + findings().size() + " finding(s), " + problems.size() + " unreadable file(s)\n");
        for (VmAudit vm : vms) {
            text.append('\n').append(vm.vm()).append(" (").append(vm.file().getFileName()).append(", ")
                    .append(vm.vendorProfile()).append(vm.enlightened() ? ", enlightened" : ", not enlightened")
                    .append(")\n");
            if (vm.findings().isEmpty()) {
                text.append("  nothing to change\n");
            }
            vm.findings().forEach(f -> text.append("  ").append(f.type().name().toLowerCase().replace('_', ' '))
                    .append(": ").append(f.message()).append('\n'));
        }
        problems.forEach(p -> text.append("\nerror: ").append(p).append('\n'));
        return text.toString();
    }

    public String toJson() {
        String vmsJson = vms.stream().map(vm -> "{\"file\":" + Json.string(vm.file().toString()) + ",\"vm\":"
                + Json.string(vm.vm()) + ",\"vendorProfile\":" + Json.string(vm.vendorProfile())
                + ",\"enlightened\":" + vm.enlightened() + ",\"findings\":["
                + vm.findings().stream().map(AuditReport::json).collect(Collectors.joining(",")) + "]}")
                .collect(Collectors.joining(","));
        String problemsJson = problems.stream().map(p -> "{\"file\":" + Json.string(p.file().toString())
                + ",\"line\":" + p.line() + ",\"reason\":" + Json.string(p.reason()) + "}")
                .collect(Collectors.joining(","));
        return "{\"folder\":" + Json.string(folder.toString()) + ",\"vms\":[" + vmsJson + "],\"problems\":["
                + problemsJson + "]}";
    }

    private static String json(AuditFinding finding) {
        return "{\"type\":" + Json.string(finding.type().name()) + ",\"device\":"
                + (finding.device() == null ? "null" : Json.string(finding.device().getName())) + ",\"deviceModel\":"
                + (finding.device() == null ? "null" : Json.string(finding.device().getDeviceModel()))
                + ",\"replacement\":" + (finding.replacement() == null ? "null" : Json.string(finding.replacement()))
                + ",\"message\":" + Json.string(finding.message()) + "}";
    }
}
