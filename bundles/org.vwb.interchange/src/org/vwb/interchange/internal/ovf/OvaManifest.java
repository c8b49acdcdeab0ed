package org.vwb.interchange.internal.ovf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vwb.interchange.InterchangeException;

/**
 * An OVF manifest ({@code .mf}, DSP0243 5.1): one {@code ALGORITHM(file)= digest} line per file of the package.
 * OVF 1.x uses SHA1, OVF 2.x SHA256 or SHA512; producers differ in spacing around the parentheses and the
 * equals sign. A line that is not of this form makes the manifest, and so the package, unreadable.
 */
final class OvaManifest {

    /** The manifest's algorithm names and the JDK's. */
    static final Map<String, String> ALGORITHMS = Map.of("SHA1", "SHA-1", "SHA256", "SHA-256", "SHA512", "SHA-512");

    private static final Pattern LINE = Pattern.compile("(SHA1|SHA256|SHA512)\\s*\\((.+)\\)\\s*=\\s*(\\p{XDigit}+)");

    /** One listed file: the algorithm (manifest spelling) and the digest in lower-case hex. */
    record Digest(String algorithm, String hex) {
    }

    private final String name;
    private final Map<String, Digest> digests;

    private OvaManifest(String name, Map<String, Digest> digests) {
        this.name = name;
        this.digests = digests;
    }

    static OvaManifest parse(Path archive, String name, byte[] content) throws InterchangeException {
        Map<String, Digest> digests = new LinkedHashMap<>();
        String[] lines = new String(content, StandardCharsets.UTF_8).split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Matcher line = LINE.matcher(lines[i].strip());
            if (!line.matches()) {
                throw new InterchangeException(archive, 0, "manifest '" + name + "' line " + (i + 1)
                        + " is not 'SHA256(file)= digest'");
            }
            digests.put(line.group(2).strip(), new Digest(line.group(1), line.group(3).toLowerCase()));
        }
        return new OvaManifest(name, digests);
    }

    String name() {
        return name;
    }

    /** The digests to compute for the entries that follow: those the manifest uses. */
    Set<String> algorithms() {
        Set<String> algorithms = new LinkedHashSet<>();
        digests.values().forEach(d -> algorithms.add(d.algorithm()));
        return algorithms;
    }

    /**
     * Checks every listed file against the digests computed while reading the archive ({@code computed}: entry
     * name to algorithm to hex). A mismatch, or a listed file the archive lacks, is an error naming the member.
     * Returns the archive's files the manifest does not list.
     */
    List<String> verify(Path archive, Map<String, Map<String, String>> computed) throws InterchangeException {
        for (Map.Entry<String, Digest> listed : digests.entrySet()) {
            Map<String, String> actual = computed.get(listed.getKey());
            if (actual == null) {
                throw new InterchangeException(archive, 0, "manifest '" + name + "' lists member '" + listed.getKey()
                        + "', which the archive does not hold");
            }
            String hex = actual.get(listed.getValue().algorithm());
            if (!listed.getValue().hex().equals(hex)) {
                throw new InterchangeException(archive, 0, "member '" + listed.getKey() + "' does not match manifest '"
                        + name + "': " + listed.getValue().algorithm() + " is " + hex + ", the manifest says "
                        + listed.getValue().hex() + " (damaged or altered)");
            }
        }
        return computed.keySet().stream().filter(file -> !digests.containsKey(file)).toList();
    }

    static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(ALGORITHMS.get(algorithm));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }

    static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }
}
