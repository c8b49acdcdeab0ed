package org.vwb.interchange;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.vwb.model.Configuration;
import org.vwb.model.Model;
import org.vwb.model.PhysicalDevice;
import org.vwb.model.PhysicalDriver;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;

/**
 * What an import produced: a complete vwb model (one configuration per VM, a synthesized host, the default
 * workloads) and what the importer had to guess or could not map.
 *
 * @param model    the imported model, valid for {@link org.vwb.model.validation.ModelValidation}
 * @param warnings devices of unknown type, defaults assumed, elements skipped
 */
public record ImportResult(Model model, List<InterchangeWarning> warnings) {

    public ImportResult {
        warnings = List.copyOf(warnings);
    }

    /**
     * Only the VMs named {@code vm}, or the {@code vm}th one (from 1) if it is a number: a file with several
     * domains or virtual systems, of which one is wanted. Empty when none matches. The physical devices only
     * the other VMs used are dropped with them.
     */
    public Optional<ImportResult> only(String vm) {
        Model copy = EcoreUtil.copy(model);
        List<Configuration> all = List.copyOf(copy.getConfigurations());
        List<Configuration> kept = vm.matches("[1-9][0-9]{0,5}")
                ? (Integer.parseInt(vm) <= all.size() ? List.of(all.get(Integer.parseInt(vm) - 1)) : List.of())
                : all.stream().filter(c -> c.getVirtualMachines().stream().anyMatch(v -> vm.equals(v.getName())))
                        .toList();
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        copy.getConfigurations().retainAll(kept);
        Set<PhysicalDevice> used = new HashSet<>();
        for (Configuration configuration : kept) {
            configuration.getDrivers().stream().map(PhysicalDriver::getDevice).forEach(used::add);
            for (VirtualMachine machine : configuration.getVirtualMachines()) {
                machine.getDevices().stream().map(VirtualDevice::getBacking).forEach(used::add);
            }
        }
        copy.getHosts().forEach(host -> host.getDevices().retainAll(used));
        return Optional.of(new ImportResult(copy, warnings));
    }

    /** The names of the VMs, in file order, for a message listing what could have been chosen. */
    public List<String> vmNames() {
        return model.getConfigurations().stream().flatMap(c -> c.getVirtualMachines().stream())
                .map(VirtualMachine::getName).toList();
    }
}
