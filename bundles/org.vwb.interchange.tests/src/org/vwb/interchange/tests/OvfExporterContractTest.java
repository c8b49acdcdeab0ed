package org.vwb.interchange.tests;

import java.util.List;

import org.vwb.interchange.ConfigurationExporter;
import org.vwb.interchange.ConfigurationImporter;
import org.vwb.interchange.internal.ovf.OvfExporter;
import org.vwb.interchange.internal.ovf.OvfImporter;
import org.vwb.model.Model;
import org.vwb.model.VirtualDevice;
import org.vwb.testing.ConfigurationExporterContractTest;

class OvfExporterContractTest extends ConfigurationExporterContractTest {

    @Override
    protected ConfigurationExporter exporter() {
        return new OvfExporter();
    }

    @Override
    protected ConfigurationImporter importer() {
        return new OvfImporter();
    }

    @Override
    protected List<Model> samples() throws Exception {
        return ExporterSamples.corpus();
    }

    @Override
    protected boolean expresses(VirtualDevice device) {
        return ExporterSamples.known(device);
    }
}
