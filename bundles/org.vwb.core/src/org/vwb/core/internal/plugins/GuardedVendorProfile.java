package org.vwb.core.internal.plugins;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.DriverPlacementModel;
import org.vwb.core.api.Fact;
import org.vwb.core.api.InterruptModeration;
import org.vwb.core.api.Route;
import org.vwb.core.api.VendorProfile;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;

/** A {@link VendorProfile} whose every call is marked and named; its id is the one it gave when it was bound. */
public final class GuardedVendorProfile extends Guarded implements VendorProfile {

    private final VendorProfile plugin;
    private final Call name;
    private final Call releaseYear;
    private final Call defaultPlacement;
    private final Call supportedPlacements;
    private final Call route;
    private final Call deviceCatalogue;
    private final Call defaultDeviceModel;
    private final Call footprintBytes;
    private final Call trustedCodeBytes;
    private final Call driverCatalogue;
    private final Call hasDriverFor;
    private final Call exitlessInterrupts;
    private final Call interruptModeration;
    private final Call bareMetal;

    public GuardedVendorProfile(VendorProfile plugin, PluginIdentity identity) {
        super(identity);
        this.plugin = plugin;
        this.name = call("name()");
        this.releaseYear = call("releaseYear()");
        this.defaultPlacement = call("defaultPlacement()");
        this.supportedPlacements = call("supportedPlacements()");
        this.route = call("route()");
        this.deviceCatalogue = call("deviceCatalogue()");
        this.defaultDeviceModel = call("defaultDeviceModel()");
        this.footprintBytes = call("footprintBytes()");
        this.trustedCodeBytes = call("trustedCodeBytes()");
        this.driverCatalogue = call("driverCatalogue()");
        this.hasDriverFor = call("hasDriverFor()");
        this.exitlessInterrupts = call("exitlessInterrupts()");
        this.interruptModeration = call("interruptModeration(DeviceModel, int)");
        this.bareMetal = call("bareMetal()");
    }

    @Override
    public String id() {
        return identity().id();
    }

    @Override
    public String name() {
        return Calls.ask(name, plugin::name);
    }

    @Override
    public int releaseYear() {
        return Calls.ask(releaseYear, plugin::releaseYear);
    }

    @Override
    public DriverPlacement defaultPlacement() {
        return Calls.ask(defaultPlacement, plugin::defaultPlacement);
    }

    @Override
    public Set<DriverPlacement> supportedPlacements() {
        return Calls.ask(supportedPlacements, plugin::supportedPlacements);
    }

    @Override
    public Route route(DriverPlacementModel placement) {
        return Calls.ask(route, () -> plugin.route(placement));
    }

    @Override
    public Map<String, DeviceMode> deviceCatalogue() {
        return Calls.ask(deviceCatalogue, plugin::deviceCatalogue);
    }

    @Override
    public Optional<String> defaultDeviceModel(DeviceKind kind, DeviceMode mode) {
        return Calls.ask(defaultDeviceModel, () -> plugin.defaultDeviceModel(kind, mode));
    }

    @Override
    public Fact footprintBytes() {
        return Calls.ask(footprintBytes, plugin::footprintBytes);
    }

    @Override
    public Fact trustedCodeBytes() {
        return Calls.ask(trustedCodeBytes, plugin::trustedCodeBytes);
    }

    @Override
    public Fact driverCatalogue() {
        return Calls.ask(driverCatalogue, plugin::driverCatalogue);
    }

    @Override
    public boolean hasDriverFor(String pciId, DeviceKind kind) {
        return Calls.ask(hasDriverFor, () -> plugin.hasDriverFor(pciId, kind));
    }

    @Override
    public boolean exitlessInterrupts() {
        return Calls.ask(exitlessInterrupts, plugin::exitlessInterrupts);
    }

    @Override
    public InterruptModeration interruptModeration(DeviceModel model, int rate) {
        return Calls.ask(interruptModeration, () -> plugin.interruptModeration(model, rate));
    }

    @Override
    public boolean bareMetal() {
        return Calls.ask(bareMetal, plugin::bareMetal);
    }
}
