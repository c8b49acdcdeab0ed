package org.vwb.interchange.tests;

import java.nio.file.Path;

import org.vwb.interchange.ConfigurationImporter;
import org.vwb.interchange.internal.ovf.OvfImporter;
import org.vwb.testing.ConfigurationImporterContractTest;
import org.vwb.testing.Examples;

class OvfImporterContractTest extends ConfigurationImporterContractTest {

    @Override
    protected ConfigurationImporter importer() {
        return new OvfImporter();
    }

    @Override
    protected Path sample() {
        return Examples.path("interchange/vsphere-ovftool-web.ovf");
    }
}
