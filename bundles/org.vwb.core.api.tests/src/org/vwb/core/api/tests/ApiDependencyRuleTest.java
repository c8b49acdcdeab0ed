package org.vwb.core.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.vwb.testing.Examples;

class ApiDependencyRuleTest {

    private static List<String> violationsOf(String manifest) throws Exception {
        byte[] bytes = ("Manifest-Version: 1.0\n" + manifest).getBytes(StandardCharsets.UTF_8);
        return ApiDependencyRule.violationsOf(new Manifest(new ByteArrayInputStream(bytes)));
    }

    @Test
    void everyPluginBundleOfTheRepositoryDependsOnVwbOnlyThroughTheApiAndTheModel() throws Exception {
        assertEquals(List.of(), ApiDependencyRule.violationsIn(Examples.root()));
    }

    @Test
    void aDevicePluginRequiringTheEngineOrImportingItsInternalsIsCaughtWithHeaderAndName() throws Exception {
        List<String> violations = violationsOf("""
                Bundle-SymbolicName: org.vwb.devices.emulated;singleton:=true
                Require-Bundle: org.vwb.core.api;bundle-version="[1.0.0,2.0.0)",
                 org.vwb.core;bundle-version="[0.1.0,1.0.0)"
                Import-Package: org.vwb.model;version="[0.1,1)",org.vwb.core.internal.paths,
                 org.vwb.core;version="[0.1,1)";resolution:=optional
                DynamicImport-Package: org.vwb.headless.*
                """);
        assertEquals(List.of(
                "plugin bundle org.vwb.devices.emulated depends on org.vwb.core through its Require-Bundle: "
                        + "a plugin may use only org.vwb.core.api* and org.vwb.model*",
                "plugin bundle org.vwb.devices.emulated depends on org.vwb.core.internal.paths through its "
                        + "Import-Package: a plugin may use only org.vwb.core.api* and org.vwb.model*",
                "plugin bundle org.vwb.devices.emulated depends on org.vwb.core through its Import-Package: "
                        + "a plugin may use only org.vwb.core.api* and org.vwb.model*",
                "plugin bundle org.vwb.devices.emulated depends on org.vwb.headless.* through its "
                        + "DynamicImport-Package: a plugin may use only org.vwb.core.api* and org.vwb.model*"),
                violations);
    }

    @Test
    void theContractTestsMayImportTheClientApiOptionallyButNeverTheEngineInternals() throws Exception {
        assertEquals(List.of(
                "plugin bundle org.vwb.testing depends on org.vwb.report through its Import-Package: "
                        + "a plugin may use only org.vwb.core.api* and org.vwb.model*",
                "plugin bundle org.vwb.testing depends on org.vwb.core.internal.service through its "
                        + "Import-Package: a plugin may use only org.vwb.core.api* and org.vwb.model*"),
                violationsOf("""
                        Bundle-SymbolicName: org.vwb.testing
                        Require-Bundle: org.vwb.core.api
                        Import-Package: org.vwb.core;version="[0.1.0,1.0.0)";resolution:=optional,
                         org.vwb.report;version="[0.1.0,1.0.0)",
                         org.vwb.core.internal.service;resolution:=optional
                        """));
    }

    @Test
    void theApiTheModelAndNamesThatOnlyLookAlikeAreAllowed() throws Exception {
        assertEquals(List.of(), violationsOf("""
                Bundle-SymbolicName: org.vwb.vendors
                Require-Bundle: org.vwb.core.api;bundle-version="[1.0.0,2.0.0)",org.vwb.model
                Import-Package: org.vwb.core.api.costs,org.vwb.model.validation,org.vwbx.core,
                 org.osgi.service.component.annotations;resolution:=optional
                """));
        assertEquals(List.of("plugin bundle org.vwb.vendors depends on org.vwb.model.impl through its "
                + "Import-Package: a plugin may use only org.vwb.core.api* and org.vwb.model*"), violationsOf("""
                        Bundle-SymbolicName: org.vwb.vendors
                        Import-Package: org.vwb.model.impl
                        """));
    }
}
