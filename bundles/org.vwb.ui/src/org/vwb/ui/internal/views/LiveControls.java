package org.vwb.ui.internal.views;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.vwb.core.api.VendorProfile;
import org.vwb.model.Configuration;
import org.vwb.model.DriverPlacement;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;
import org.vwb.ui.internal.editor.DeviceCommands;
import org.vwb.ui.internal.session.Session;

/**
 * Controls on the selected device and configuration: switch the device between emulated and synthetic, move
 * the drivers to another placement. Each is an editor command, so a running configuration gets it as a swap.
 */
public final class LiveControls {

    private final Session session;
    private final Label selected;
    private final Button toggle;
    private final Combo placement;
    private final Label outcome;

    LiveControls(Composite parent, Session session) {
        this.session = session;
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayout(new GridLayout(6, false));
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        selected = new Label(row, SWT.NONE);
        selected.setLayoutData(new GridData(230, SWT.DEFAULT));
        toggle = new Button(row, SWT.PUSH);
        toggle.setText("Emulated \u21c4 synthetic");
        toggle.addListener(SWT.Selection, e -> toggleSelectedDevice());
        new Label(row, SWT.NONE).setText("Drivers:");
        placement = new Combo(row, SWT.READ_ONLY);
        placement.setItems(Arrays.stream(DriverPlacement.values()).map(DriverPlacement::getLiteral).toArray(String[]::new));
        Button move = new Button(row, SWT.PUSH);
        move.setText("Move drivers");
        move.addListener(SWT.Selection, e -> moveDrivers());
        outcome = new Label(row, SWT.NONE);
        GridData outcomeData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        outcomeData.widthHint = 160;
        outcome.setLayoutData(outcomeData);
        session.addListener(new Session.Listener() {
            @Override
            public void selectionChanged(EObject element) {
                describeSelection();
            }
        });
        describeSelection();
    }

    /** Switches the selected device between emulated and synthetic, as the button does; returns what happened. */
    public String toggleSelectedDevice() {
        Optional<VirtualDevice> device = session.device();
        Configuration configuration = session.configuration().orElse(null);
        if (device.isEmpty() || configuration == null) {
            return say("Select a virtual device first.");
        }
        String vendorId = configuration.getHypervisor().getVendorProfile();
        Optional<VendorProfile> vendor = session.services().simulator().vendorProfile(vendorId);
        if (vendor.isEmpty()) {
            return say("error: vendor profile " + vendorId + " is not installed (no plugin provides it)");
        }
        Optional<Command> command = new DeviceCommands(session.document().orElseThrow()).toggleMode(device.get(),
                vendor.get());
        if (command.isEmpty()) {
            return say(vendor.get().name() + " has no device model for the other mode of a "
                    + device.get().getKind().getLiteral().toLowerCase() + " device");
        }
        new DeviceCommands(session.document().orElseThrow()).execute(command.get());
        return say(command.get().getLabel());
    }

    private void moveDrivers() {
        Configuration configuration = session.configuration().orElse(null);
        if (configuration == null || placement.getSelectionIndex() < 0) {
            say("Select a configuration and a placement first.");
            return;
        }
        DeviceCommands commands = new DeviceCommands(session.document().orElseThrow());
        Command command = commands.placeDrivers(configuration, DriverPlacement.get(placement.getSelectionIndex()));
        commands.execute(command);
        say(command.getLabel());
    }

    private void describeSelection() {
        if (selected.isDisposed()) {
            return;
        }
        Optional<VirtualDevice> device = session.device();
        selected.setText(device.map(d -> "Device " + ((VirtualMachine) d.eContainer()).getName() + "/" + d.getName()
                + " (" + d.getMode().getLiteral().toLowerCase() + " " + d.getDeviceModel() + ")")
                .orElse("Select a virtual device in the editor"));
        toggle.setEnabled(device.isPresent());
        session.configuration().ifPresent(c -> placement.select(c.getHypervisor().getDriverPlacement().getValue()));
    }

    private String say(String text) {
        outcome.setText(text);
        return text;
    }
}
