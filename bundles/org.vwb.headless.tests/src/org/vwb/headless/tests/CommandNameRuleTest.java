package org.vwb.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.vwb.testing.Examples;

/**
 * Every command vwb ships declares its name in the service property {@code vwb.command}: the command line finds it
 * without activating it, so a command's bundle (Hazelcast's, QEMU's) is not started for every other command, and
 * a broken plugin's command cannot delay or break them. Only the deliberately broken test plugins leave it out, to
 * prove the fallback that asks a command its name.
 */
class CommandNameRuleTest {

    private static final Pattern COMPONENT = Pattern.compile("^@Component\\(([^)]*)\\)",
            Pattern.DOTALL | Pattern.MULTILINE);

    @Test
    void everyCommandServiceOfVwbDeclaresItsName() throws IOException {
        List<String> commands = new ArrayList<>();
        List<String> unnamed = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Examples.root().resolve("bundles"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/"))
                    .filter(f -> !f.toString().contains("org.vwb.testing.broken")).sorted().toList()) {
                Matcher component = COMPONENT.matcher(Files.readString(file));
                while (component.find()) {
                    String attributes = component.group(1);
                    if (attributes.contains("service = Command.class")) {
                        commands.add(file.getFileName().toString());
                        if (!attributes.matches("(?s).*\"vwb\\.command=[a-z-]+\".*")) {
                            unnamed.add(file.toString());
                        }
                    }
                }
            }
        }
        assertTrue(commands.size() >= 5, "the rule found the contributed commands: " + commands);
        assertEquals(List.of(), unnamed);
    }
}
