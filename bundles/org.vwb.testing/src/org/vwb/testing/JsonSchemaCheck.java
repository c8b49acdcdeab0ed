package org.vwb.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a parsed JSON value against the subset of JSON Schema vwb's schemas use: {@code type} (one or a list),
 * {@code required}, {@code properties}, {@code items}, {@code enum}, {@code anyOf} and local {@code $ref}s
 * ({@code #/$defs/NAME}). Enough to hold a writer to its documented schema without a validator library.
 */
public final class JsonSchemaCheck {

    private final Map<String, Object> root;

    /** @param schema the parsed schema document */
    @SuppressWarnings("unchecked")
    public JsonSchemaCheck(Object schema) {
        this.root = (Map<String, Object>) schema;
    }

    /** Every way the value breaks the schema, one line each with its JSON path; empty when it conforms. */
    public List<String> problems(Object value) {
        return problemsOf(root, value, "$");
    }

    @SuppressWarnings("unchecked")
    private void check(Map<String, Object> schema, Object value, String path, List<String> problems) {
        if (schema.containsKey("$ref")) {
            String ref = (String) schema.get("$ref");
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            check((Map<String, Object>) ((Map<String, Object>) root.get("$defs")).get(name), value, path, problems);
            return;
        }
        if (schema.containsKey("anyOf")) {
            List<Object> branches = (List<Object>) schema.get("anyOf");
            if (branches.stream().noneMatch(b -> problemsOf((Map<String, Object>) b, value, path).isEmpty())) {
                problems.add(path + ": matches none of " + branches);
            }
        }
        Object type = schema.get("type");
        if (type != null) {
            List<Object> types = type instanceof List<?> list ? (List<Object>) list : List.of(type);
            if (types.stream().noneMatch(t -> is((String) t, value))) {
                problems.add(path + ": is " + value + ", not " + types);
                return;
            }
        }
        if (schema.containsKey("enum") && !((List<Object>) schema.get("enum")).contains(value)) {
            problems.add(path + ": " + value + " is none of " + schema.get("enum"));
        }
        if (value instanceof Map<?, ?> object) {
            for (Object name : (List<Object>) schema.getOrDefault("required", List.of())) {
                if (!object.containsKey(name)) {
                    problems.add(path + ": lacks required field '" + name + "'");
                }
            }
            Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
            properties.forEach((name, sub) -> {
                if (object.containsKey(name)) {
                    check((Map<String, Object>) sub, object.get(name), path + "." + name, problems);
                }
            });
        }
        if (value instanceof List<?> array && schema.containsKey("items")) {
            for (int i = 0; i < array.size(); i++) {
                check((Map<String, Object>) schema.get("items"), array.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    private List<String> problemsOf(Map<String, Object> schema, Object value, String path) {
        List<String> problems = new ArrayList<>();
        check(schema, value, path, problems);
        return problems;
    }

    private static boolean is(String type, Object value) {
        return switch (type) {
            case "object" -> value instanceof Map;
            case "array" -> value instanceof List;
            case "string" -> value instanceof String;
            case "number" -> value instanceof Double;
            case "integer" -> value instanceof Double d && d == Math.rint(d);
            case "boolean" -> value instanceof Boolean;
            case "null" -> value == null;
            default -> throw new IllegalArgumentException("schema type " + type + " is not supported");
        };
    }
}
