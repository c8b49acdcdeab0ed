package org.vwb.headless.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.testing.StandInPlugins;

/** A test class whose commands run against the stand-in plugins, with a fresh folder per test for files. */
abstract class StandInPluginTest {

    private static StandInPlugins plugins;

    @TempDir
    Path dir;

    @BeforeAll
    static void install() {
        plugins = StandInPlugins.registerDuel();
    }

    @AfterAll
    static void uninstall() {
        plugins.close();
    }
}
