package org.vwb.interchange.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import org.vwb.interchange.ConfigurationImporter;
import org.vwb.interchange.internal.vmx.VmxImporter;
import org.vwb.testing.ConfigurationImporterContractTest;
import org.vwb.testing.Examples;

class VmxImporterContractTest extends ConfigurationImporterContractTest {

    @Override
    protected ConfigurationImporter importer() {
        return new VmxImporter();
    }

    @Override
    protected Path sample() {
        return Examples.path("interchange/esxi-app01.vmx");
    }

    @Override
    protected boolean readsXml() {
        return false;
    }

    /** A .vmx is read line by line, so a cut between lines is a shorter valid file: cut inside a value. */
    @Override
    protected byte[] truncated(byte[] sample) {
        String text = new String(sample, StandardCharsets.UTF_8);
        int value = text.indexOf("= \"", text.length() / 2);
        return Arrays.copyOf(sample, text.substring(0, value + 4).getBytes(StandardCharsets.UTF_8).length);
    }
}
