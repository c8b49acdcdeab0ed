package org.vwb.interchange.tests;

import java.nio.file.Path;

import org.vwb.interchange.ConfigurationImporter;
import org.vwb.interchange.internal.libvirt.LibvirtImporter;
import org.vwb.testing.ConfigurationImporterContractTest;
import org.vwb.testing.Examples;

class LibvirtImporterContractTest extends ConfigurationImporterContractTest {

    @Override
    protected ConfigurationImporter importer() {
        return new LibvirtImporter();
    }

    @Override
    protected Path sample() {
        return Examples.path("interchange/libvirt-qemu-legacy.xml");
    }
}
