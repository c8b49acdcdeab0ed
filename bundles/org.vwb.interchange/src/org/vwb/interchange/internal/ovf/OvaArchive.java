package org.vwb.interchange.internal.ovf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.vwb.interchange.InterchangeException;
import org.vwb.interchange.internal.UstarReader;
import org.vwb.interchange.internal.Warnings;

/**
 * An .ova read as a tar stream, never extracted: the descriptor must be the first file (DSP0243 5.3); every
 * other member is read through the digests its manifest names, so that a manifest that does not match its
 * members is an error naming the member, as ovftool makes it. Headers are checked for every member, so a
 * hostile archive is refused whole.
 */
final class OvaArchive {

    private OvaArchive() {
    }

    /** The descriptor of an archive whose manifest, if it has one, matches every member. */
    static byte[] descriptor(Path archive, Warnings warnings) throws InterchangeException {
        try (InputStream in = Files.newInputStream(archive)) {
            UstarReader tar = new UstarReader(in, archive);
            UstarReader.Entry entry = first(tar, archive);
            byte[] descriptor = tar.content(entry);
            Map<String, Map<String, String>> computed = new LinkedHashMap<>();
            computed.put(entry.name(), digests(descriptor, OvaManifest.ALGORITHMS.keySet()));
            OvaManifest manifest = null;
            for (Optional<UstarReader.Entry> next = tar.next(); next.isPresent(); next = tar.next()) {
                UstarReader.Entry member = next.get();
                if (!member.isRegularFile()) {
                    continue;
                }
                String name = member.name().toLowerCase(Locale.ROOT);
                if (name.endsWith(".mf") && manifest == null) {
                    manifest = OvaManifest.parse(archive, member.name(), tar.content(member));
                } else if (!name.endsWith(".cert")) {
                    Set<String> algorithms = manifest == null ? OvaManifest.ALGORITHMS.keySet() : manifest.algorithms();
                    computed.put(member.name(), digests(tar, member, algorithms));
                }
            }
            if (manifest != null) {
                List<String> unlisted = manifest.verify(archive, computed);
                if (!unlisted.isEmpty()) {
                    warnings.add(0, manifest.name(), "does not list " + String.join(", ", unlisted)
                            + "; their content is not checked");
                }
            }
            return descriptor;
        } catch (IOException e) {
            throw new InterchangeException(archive, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    private static UstarReader.Entry first(UstarReader tar, Path archive) throws IOException, InterchangeException {
        Optional<UstarReader.Entry> first = tar.next();
        while (first.isPresent() && !first.get().isRegularFile() && first.get().type() == '5') {
            first = tar.next(); // a directory entry before the descriptor carries nothing
        }
        if (first.isEmpty()) {
            throw new InterchangeException(archive, 0, "the archive holds no file");
        }
        UstarReader.Entry entry = first.get();
        if (!entry.isRegularFile() || !entry.name().toLowerCase(Locale.ROOT).endsWith(".ovf")) {
            throw new InterchangeException(archive, 0, "the first file of an .ova must be the .ovf descriptor, "
                    + "but it is '" + entry.name() + "'");
        }
        return entry;
    }

    private static Map<String, String> digests(byte[] content, Set<String> algorithms) {
        Map<String, String> hex = new LinkedHashMap<>();
        for (String algorithm : algorithms) {
            MessageDigest digest = OvaManifest.digest(algorithm);
            digest.update(content);
            hex.put(algorithm, OvaManifest.hex(digest));
        }
        return hex;
    }

    private static Map<String, String> digests(UstarReader tar, UstarReader.Entry member, Set<String> algorithms)
            throws IOException, InterchangeException {
        List<String> names = new ArrayList<>(algorithms);
        List<MessageDigest> digests = names.stream().map(OvaManifest::digest).toList();
        tar.digest(member, digests);
        Map<String, String> hex = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            hex.put(names.get(i), OvaManifest.hex(digests.get(i)));
        }
        return hex;
    }
}
