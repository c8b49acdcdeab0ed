package org.vwb.ui.internal.editor;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.vwb.core.api.VendorProfile;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;
import org.vwb.model.PhysicalDriver;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VwbPackage;
import org.vwb.ui.internal.session.Document;

/**
 * The live dashboard's device controls as editor commands (so each is undoable and reaches a live run as one
 * change set): switch a device between emulated and synthetic with the vendor profile's device model for its
 * kind, or move every driver of a configuration to another placement.
 */
public final class DeviceCommands {

    private final Document document;

    public DeviceCommands(Document document) {
        this.document = document;
    }

    /** Emulated becomes synthetic and the other way round; empty when the vendor has no model for that. */
    public Optional<Command> toggleMode(VirtualDevice device, VendorProfile vendor) {
        DeviceMode next = device.getMode() == DeviceMode.SYNTHETIC ? DeviceMode.EMULATED : DeviceMode.SYNTHETIC;
        Optional<String> model = vendor.defaultDeviceModel(device.getKind(), next);
        if (model.isEmpty()) {
            return Optional.empty();
        }
        CompoundCommand command = new CompoundCommand(device.getName() + ": " + device.getMode().getLiteral().toLowerCase()
                + " -> " + next.getLiteral().toLowerCase());
        command.append(SetCommand.create(document.domain(), device, VwbPackage.Literals.VIRTUAL_DEVICE__MODE, next));
        command.append(SetCommand.create(document.domain(), device, VwbPackage.Literals.VIRTUAL_DEVICE__DEVICE_MODEL,
                model.get()));
        return Optional.of(command);
    }

    /** The hypervisor's placement and every driver's, set to {@code placement}. */
    public Command placeDrivers(Configuration configuration, DriverPlacement placement) {
        CompoundCommand command = new CompoundCommand("drivers " + placement.getLiteral().toLowerCase());
        command.append(SetCommand.create(document.domain(), configuration.getHypervisor(),
                VwbPackage.Literals.HYPERVISOR__DRIVER_PLACEMENT, placement));
        for (PhysicalDriver driver : configuration.getDrivers()) {
            command.append(SetCommand.create(document.domain(), driver, VwbPackage.Literals.PHYSICAL_DRIVER__PLACEMENT,
                    placement));
        }
        return command;
    }

    /** Executes a command on the document's stack (one undoable step). */
    public void execute(Command command) {
        document.commandStack().execute(command);
    }
}
