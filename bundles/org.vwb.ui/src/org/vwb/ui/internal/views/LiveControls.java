package org.vwb.ui.internal.views;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.vwb.core.NotRunnableException;
import org.vwb.core.api.VendorProfile;
import org.vwb.model.Configuration;
import org.vwb.model.DriverPlacement;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;
import org.vwb.ui.internal.editor.DeviceCommands;
import org.vwb.ui.internal.session.Session;

/**
 * Controls on the selected device and its configuration: switch the device between emulated and synthetic, move
 * the drivers to another placement, put the configuration under another vendor profile. Each is one editor
 * command, so it can be undone and a running configuration gets it as one swap. The first row names the
 * selected device, its control and what the last control did; the second holds the configuration's controls.
 */
public final class LiveControls {

    private final Session session;
    private final Label selected;
    private final Label outcome;
    private final Button toggle;
    private final Combo placement;
    private final Combo vendor;

    LiveControls(Composite parent, Session session) {
        this.session = session;
        // two rows of their own, so that neither's columns widen the other's: the device and what happened to
        // it, then the configuration's placement and vendor
        Composite device = row(parent, 3);
        selected = new Label(device, SWT.NONE);
        toggle = Widgets.button(device, "Emulated \u21c4 synthetic", this::toggleSelectedDevice);
        outcome = new Label(device, SWT.NONE);
        outcome.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Composite configuration = row(parent, 6);
        new Label(configuration, SWT.NONE).setText("Drivers:");
        placement = new Combo(configuration, SWT.READ_ONLY);
        placement.setItems(Arrays.stream(DriverPlacement.values()).map(DriverPlacement::getLiteral)
                .toArray(String[]::new));
        Widgets.button(configuration, "Move drivers", this::moveDrivers);
        new Label(configuration, SWT.NONE).setText("Vendor:");
        vendor = new Combo(configuration, SWT.READ_ONLY);
        vendor.setItems(vendorIds().toArray(String[]::new));
        vendor.setToolTipText("The configuration under another vendor profile: its placement, parent partition, "
                + "drivers and device models, in one change");
        Widgets.button(configuration, "Switch vendor", () -> switchVendor(vendor.getText()));
        // a command (also a refused swap undone) changes what the row says about the selection
        session.addListener(Session.Listener.onAnyChange(this::describeSelection));
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
        Optional<VendorProfile> profile = session.services().simulator().vendorProfile(vendorId);
        if (profile.isEmpty()) {
            return say("error: vendor profile " + vendorId + " is not installed (no plugin provides it)");
        }
        DeviceCommands commands = new DeviceCommands(session.document().orElseThrow());
        Optional<Command> command = commands.toggleMode(device.get(), profile.get());
        if (command.isEmpty()) {
            return say(profile.get().name() + " has no device model for the other mode of a "
                    + device.get().getKind().getLiteral().toLowerCase() + " device");
        }
        commands.execute(command.get());
        return say(command.get().getLabel());
    }

    /**
     * Puts the selected configuration under vendor profile {@code vendorId} as the Switch vendor button does
     * ({@code Simulator.variant}: the profile's placement, parent partition, drivers and device models); returns
     * what happened.
     */
    public String switchVendor(String vendorId) {
        Configuration configuration = session.configuration().orElse(null);
        if (configuration == null || vendorId.isEmpty()) {
            return say("Select a configuration and a vendor profile first.");
        }
        if (vendorId.equals(configuration.getHypervisor().getVendorProfile())) {
            return say(configuration.getName() + " already runs under " + vendorId + ".");
        }
        try {
            Configuration variant = session.services().simulator().variant(configuration, vendorId);
            DeviceCommands commands = new DeviceCommands(session.document().orElseThrow());
            Command command = commands.adoptVariant(configuration, variant, vendorId);
            commands.execute(command);
            return say(command.getLabel());
        } catch (NotRunnableException e) {
            return say("error: " + vendorId + ": " + String.join("; ", e.reasons()));
        }
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

    private static Composite row(Composite parent, int columns) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(columns, false);
        layout.marginHeight = 0;
        row.setLayout(layout);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return row;
    }

    private List<String> vendorIds() {
        return session.services().simulator().vendorProfiles().stream().map(VendorProfile::id).sorted().toList();
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
        session.configuration().ifPresent(c -> {
            placement.select(c.getHypervisor().getDriverPlacement().getValue());
            vendor.select(Math.max(0, Arrays.asList(vendor.getItems()).indexOf(c.getHypervisor().getVendorProfile())));
        });
        selected.getParent().layout();
    }

    private String say(String text) {
        outcome.setText(text);
        outcome.setToolTipText(text);
        return text;
    }
}
