package org.vwb.interchange;

import java.util.List;

import org.vwb.model.Model;

/**
 * What an import produced: a complete vwb model (one configuration per VM, a synthesized host, no workloads)
 * and what the importer had to guess or could not map.
 *
 * @param model    the imported model, valid for {@link org.vwb.model.validation.ModelValidation}
 * @param warnings devices kept as {@code unknown}, defaults assumed, elements skipped
 */
public record ImportResult(Model model, List<InterchangeWarning> warnings) {

    public ImportResult {
        warnings = List.copyOf(warnings);
    }
}
