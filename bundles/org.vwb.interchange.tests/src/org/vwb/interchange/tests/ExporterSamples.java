package org.vwb.interchange.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.vwb.interchange.Interchange;
import org.vwb.interchange.internal.DeviceModels;
import org.vwb.model.DeviceMode;
import org.vwb.model.Model;
import org.vwb.model.VirtualDevice;

/** What the exporter contract tests export: every file of the corpus, imported; and what a format carries. */
final class ExporterSamples {

    private static final String PCI_ADDRESS = "\\p{XDigit}{4}:\\p{XDigit}{2}:\\p{XDigit}{2}\\.[0-7]";

    private ExporterSamples() {
    }

    static List<Model> corpus() throws Exception {
        Interchange interchange = Interchange.builtIn();
        List<Model> models = new ArrayList<>();
        for (Path file : CorpusTest.corpus()) {
            models.add(interchange.importFile(file).model());
        }
        return models;
    }

    /** Both built-in formats carry every device with a vwb device model (see docs/interchange.md). */
    static boolean known(VirtualDevice device) {
        return DeviceModels.isKnown(device.getDeviceModel());
    }

    /**
     * libvirt carries every known device but an emulated NVMe disk (its schema has no such bus), and also a
     * passthrough device whose host device has a PCI address, as a hostdev.
     */
    static boolean libvirtCarries(VirtualDevice device) {
        return known(device) && !"nvme".equals(device.getDeviceModel())
                || device.getMode() == DeviceMode.PASSTHROUGH && device.getBacking() != null
                && String.valueOf(device.getBacking().getPciId()).matches(PCI_ADDRESS);
    }
}
