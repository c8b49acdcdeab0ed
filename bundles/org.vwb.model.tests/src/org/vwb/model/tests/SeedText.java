package org.vwb.model.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.vwb.testing.Examples;

/** The seed example's text with one change, written to a file: how the hostile cases are built. */
final class SeedText {

    static final String HOST_REFERENCE = "host=\"//@hosts[name='poweredge-2950']\"";

    private SeedText() {
    }

    static String seed() throws IOException {
        return Files.readString(Examples.path("seed/esx-vs-hyperv.vwb"));
    }

    /** The seed with the first occurrence of {@code from} replaced; fails if the seed no longer has it. */
    static Path withFirst(Path folder, String from, String to) throws IOException {
        String seed = seed();
        if (!seed.contains(from)) {
            throw new IllegalStateException("the seed example no longer contains " + from);
        }
        return Files.writeString(folder.resolve("model.vwb"), seed.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
    }

    /** The seed with every configuration's host reference pointing to {@code target}. */
    static Path withHostAt(Path folder, String target) throws IOException {
        return Files.writeString(folder.resolve("model.vwb"), seed().replace(HOST_REFERENCE,
                "host=\"" + target + "\""));
    }
}
