package org.vwb.plugins.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test of the installer with a fresh store and dropins folder each, and nothing left installed after it. */
abstract class InstallerTestBase {

    @TempDir
    Path folder;
    InstallerFixture fixture;

    @BeforeEach
    void setUpInstaller() throws Exception {
        fixture = new InstallerFixture(folder);
    }

    @AfterEach
    void uninstallLeftovers() throws Exception {
        fixture.close();
    }
}
