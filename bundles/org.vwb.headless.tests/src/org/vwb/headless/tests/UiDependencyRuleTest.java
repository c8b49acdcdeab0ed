package org.vwb.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.vwb.testing.Examples;

class UiDependencyRuleTest {

    private static List<String> violationsOf(String manifest) throws Exception {
        byte[] bytes = ("Manifest-Version: 1.0\n" + manifest).getBytes(StandardCharsets.UTF_8);
        return UiDependencyRule.violationsOf(new Manifest(new ByteArrayInputStream(bytes)));
    }

    @Test
    void noBundleOfTheRepositoryOutsideTheUiBundlesDependsOnAUiToolkit() throws Exception {
        assertEquals(List.of(), UiDependencyRule.violationsIn(Examples.root()));
    }

    @Test
    void coreBundleRequiringSwtOrImportingJfaceIsCaughtWithBundleAndHeader() throws Exception {
        List<String> violations = violationsOf("""
                Bundle-SymbolicName: org.vwb.core;singleton:=true
                Require-Bundle: org.eclipse.emf.ecore;bundle-version="[2.41.0,3.0.0)",
                 org.eclipse.swt;bundle-version="[3.132.0,4.0.0)"
                Import-Package: org.osgi.framework;version="[1.10,2)",org.eclipse.jface.viewers;
                 org.eclipse.e4.ui.model.application;version="[2.0,3)"
                DynamicImport-Package: org.eclipse.ui.*
                """);
        assertEquals(List.of(
                "bundle org.vwb.core is not a *.ui bundle but its Require-Bundle names org.eclipse.swt",
                "bundle org.vwb.core is not a *.ui bundle but its Import-Package names org.eclipse.jface.viewers",
                "bundle org.vwb.core is not a *.ui bundle but its Import-Package names "
                        + "org.eclipse.e4.ui.model.application",
                "bundle org.vwb.core is not a *.ui bundle but its DynamicImport-Package names org.eclipse.ui.*"),
                violations);
    }

    @Test
    void uiBundlesAndTheirTestFragmentsMayUseUiToolkits() throws Exception {
        assertEquals(List.of(), violationsOf("""
                Bundle-SymbolicName: org.vwb.ui;singleton:=true
                Require-Bundle: org.eclipse.ui,org.eclipse.swt
                """));
        assertEquals(List.of(), violationsOf("""
                Bundle-SymbolicName: org.vwb.ui.tests
                Fragment-Host: org.vwb.ui
                Import-Package: org.eclipse.swt.widgets
                """));
    }

    @Test
    void namesThatOnlyLookAlikeAreNotUi() throws Exception {
        assertEquals(List.of(), violationsOf("""
                Bundle-SymbolicName: org.vwb.uicore
                Require-Bundle: org.eclipse.uifake,org.eclipse.e4.core.di,org.eclipse.swtx
                """));
    }
}
