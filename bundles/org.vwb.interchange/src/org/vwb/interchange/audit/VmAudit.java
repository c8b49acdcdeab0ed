package org.vwb.interchange.audit;

import java.nio.file.Path;
import java.util.List;

/**
 * The audit of one VM.
 *
 * @param file           the file it was read from
 * @param vm             its name
 * @param vendorProfile  the platform it was written for
 * @param enlightened    whether the guest has synthetic drivers
 * @param findings       what is worth changing, empty when nothing is
 */
public record VmAudit(Path file, String vm, String vendorProfile, boolean enlightened, List<AuditFinding> findings) {

    public VmAudit {
        findings = List.copyOf(findings);
    }
}
