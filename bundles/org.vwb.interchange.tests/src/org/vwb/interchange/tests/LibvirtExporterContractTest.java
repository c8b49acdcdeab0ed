package org.vwb.interchange.tests;

import java.nio.file.Path;
import java.util.List;

import org.vwb.interchange.ConfigurationExporter;
import org.vwb.interchange.ConfigurationImporter;
import org.vwb.interchange.internal.libvirt.LibvirtExporter;
import org.vwb.interchange.internal.libvirt.LibvirtImporter;
import org.vwb.model.Model;
import org.vwb.model.VirtualDevice;
import org.vwb.testing.ConfigurationExporterContractTest;

class LibvirtExporterContractTest extends ConfigurationExporterContractTest {

    @Override
    protected ConfigurationExporter exporter() {
        return new LibvirtExporter();
    }

    @Override
    protected ConfigurationImporter importer() {
        return new LibvirtImporter();
    }

    @Override
    protected List<Model> samples() throws Exception {
        return ExporterSamples.corpus();
    }

    /** Every domain written passes libvirt's own schema. */
    @Override
    protected void checkWritten(Path written) throws Exception {
        VirtXmlValidate.assertValid(written);
    }

    @Override
    protected boolean expresses(VirtualDevice device) {
        return ExporterSamples.libvirtCarries(device);
    }
}
