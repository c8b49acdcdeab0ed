package org.vwb.core.api.costs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import org.vwb.core.api.CostEvent;
import org.vwb.core.api.CostModel;

/**
 * A cost model read from a {@code .costs} data file:
 *
 * <pre>
 * id = intel-core2-2008
 * description = Intel Core 2 (Penryn/Harpertown), VT-x without EPT, 2008
 * # event = cycles | source
 * VM_EXIT = 1000 | Landau et al., SplitX, 2011, section 2: ~2,000 cycles per exit round trip on Nehalem ...
 * </pre>
 *
 * Every {@link CostEvent} must be present with a non-empty source; a file that misses one is refused with the
 * file and line, so no constant enters a run without its citation.
 *
 * @since 1.0
 */
public class TabulatedCostModel implements CostModel {

    private final String id;
    private final String description;
    private final Map<CostEvent, Double> cycles = new EnumMap<>(CostEvent.class);
    private final Map<CostEvent, String> sources = new EnumMap<>(CostEvent.class);

    /** Reads the data file {@code resource} next to {@code anchor}'s class in its bundle. */
    protected TabulatedCostModel(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("cost model file " + resource + " not found beside " + anchor.getName());
            }
            Parsed parsed = parse(resource, in);
            this.id = parsed.id;
            this.description = parsed.description;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cost model " + resource, e);
        }
    }

    private record Parsed(String id, String description) {
    }

    private Parsed parse(String name, InputStream in) throws IOException {
        String parsedId = null;
        String parsedDescription = "";
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int equals = text.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException(name + ":" + lineNumber + ": expected 'key = value'");
            }
            String key = text.substring(0, equals).strip();
            String value = text.substring(equals + 1).strip();
            if (key.equals("id")) {
                parsedId = value;
            } else if (key.equals("description")) {
                parsedDescription = value;
            } else {
                constant(name, lineNumber, key, value);
            }
        }
        for (CostEvent event : CostEvent.values()) {
            if (!cycles.containsKey(event)) {
                throw new IllegalArgumentException(name + ": no constant for " + event);
            }
        }
        if (parsedId == null) {
            throw new IllegalArgumentException(name + ": no id");
        }
        return new Parsed(parsedId, parsedDescription);
    }

    private void constant(String name, int line, String key, String value) {
        CostEvent event;
        try {
            event = CostEvent.valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ":" + line + ": unknown cost event '" + key + "'", e);
        }
        int bar = value.indexOf('|');
        if (bar < 0 || value.substring(bar + 1).isBlank()) {
            throw new IllegalArgumentException(name + ":" + line + ": " + key + " has no source after '|'");
        }
        try {
            double figure = Double.parseDouble(value.substring(0, bar).strip());
            if (figure < 0) {
                throw new IllegalArgumentException(name + ":" + line + ": negative cycles for " + key);
            }
            cycles.put(event, figure);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ":" + line + ": '" + value.substring(0, bar).strip()
                    + "' is not a number of cycles", e);
        }
        sources.put(event, value.substring(bar + 1).strip());
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final double cycles(CostEvent event) {
        return cycles.get(event);
    }

    @Override
    public final String source(CostEvent event) {
        return sources.get(event);
    }
}
