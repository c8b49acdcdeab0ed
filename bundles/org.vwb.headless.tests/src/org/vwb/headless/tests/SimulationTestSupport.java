package org.vwb.headless.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.vwb.testing.Examples;
import org.vwb.testing.Json;
import org.vwb.testing.JsonSchemaCheck;

/** What the tests of the simulation commands share: the published report schema, and parsed JSON. */
final class SimulationTestSupport {

    private SimulationTestSupport() {
    }

    /** Every way the JSON text breaks docs/report.schema.json. */
    static java.util.List<String> schemaProblems(String json) throws IOException {
        return schemaProblems("report", json);
    }

    /** Every way the JSON text breaks the published schema docs/NAME.schema.json. */
    static java.util.List<String> schemaProblems(String name, String json) throws IOException {
        Object schema = Json.parse(Files.readString(Examples.root().resolve("docs/" + name + ".schema.json")));
        return new JsonSchemaCheck(schema).problems(Json.parse(json));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(String json) {
        return (Map<String, Object>) Json.parse(json);
    }

    @SuppressWarnings("unchecked")
    static java.util.List<Map<String, Object>> entries(Map<String, Object> report) {
        return (java.util.List<Map<String, Object>>) report.get("entries");
    }

    static Path writeString(Path file, String content) throws IOException {
        return Files.writeString(file, content);
    }
}
