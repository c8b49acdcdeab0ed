package org.vwb.costmodels.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.vwb.core.api.CostModel;
import org.vwb.testing.RegisteredServices;

/** The data files as shipped in the bundle, read without the parser the components use. */
class CostModelFilesTest {

    private final Bundle bundle = FrameworkUtil.getBundle(getClass());

    @Test
    void everyConstantInEveryCostModelFileNamesItsSource() throws IOException {
        for (URL file : files()) {
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(file.openStream(), StandardCharsets.UTF_8))) {
                int number = 0;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    number++;
                    String text = line.strip();
                    if (text.isEmpty() || text.startsWith("#") || text.startsWith("id ")
                            || text.startsWith("description ")) {
                        continue;
                    }
                    int bar = text.indexOf('|');
                    assertTrue(bar > 0, file.getPath() + ":" + number + " has no '| source'");
                    assertFalse(text.substring(bar + 1).isBlank(), file.getPath() + ":" + number + " empty source");
                }
            }
        }
    }

    @Test
    void felixScrServesEveryCostModelFileAsAService() {
        Set<String> fileIds = files().stream().map(url -> url.getPath().replaceAll(".*/|\\.costs$", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("intel-p3-2001", "intel-core2-2008", "intel-nehalem-2009", "amd-zen2-2020"), fileIds);
        Set<String> serviceIds = RegisteredServices.atLeast(getClass(), CostModel.class, fileIds.size()).stream()
                .map(CostModel::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(fileIds, serviceIds);
    }

    private List<URL> files() {
        var entries = bundle.findEntries("costmodels", "*.costs", false);
        assertTrue(entries != null && entries.hasMoreElements(), "no costmodels/*.costs in the bundle");
        return Collections.list(entries);
    }
}
