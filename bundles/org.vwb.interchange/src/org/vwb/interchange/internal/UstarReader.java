package org.vwb.interchange.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

import org.vwb.interchange.InterchangeException;

/**
 * Reads a POSIX ustar stream (what an .ova is) entry by entry without writing anything to disk, so no entry
 * name can escape a target folder: there is none. Entry names that would escape one anyway (absolute,
 * {@code ..}) and links are refused, because a producer that writes them is broken or hostile. The JDK has no
 * tar reader and vwb takes no new dependency for this: the format is 512-byte headers and padded contents.
 */
public final class UstarReader {

    private static final int BLOCK = 512;

    /** One archive entry: its name, content size and ustar type flag. */
    public record Entry(String name, long size, char type, long offset) {

        public boolean isRegularFile() {
            return type == '0' || type == '\0' || type == '7';
        }
    }

    private final InputStream in;
    private final Path archive;
    private long position;
    private long pendingContent;

    public UstarReader(InputStream in, Path archive) {
        this.in = in;
        this.archive = archive;
    }

    /** The next entry, or empty at the end of the archive; its content must be read or is skipped by the next call. */
    public Optional<Entry> next() throws IOException, InterchangeException {
        skip(padded(pendingContent));
        pendingContent = 0;
        String longName = null;
        while (true) {
            long offset = position;
            byte[] header = readFully(BLOCK, "a truncated header");
            if (isZero(header)) {
                return Optional.empty();
            }
            checkChecksum(header, offset);
            char type = (char) header[156];
            long size = size(header, offset);
            if (type == 'L') { // GNU long name: the content is the next entry's name
                BoundedFiles.tooLarge(archive, size);
                longName = string(readFully((int) size, "a truncated long name"), 0, (int) size);
                skip(padded(size) - size);
                continue;
            }
            if (type == 'x' || type == 'g') { // pax metadata: nothing is extracted, so nothing in it matters
                skip(padded(size));
                continue;
            }
            String name = longName != null ? longName : name(header);
            checkName(name, type, offset);
            pendingContent = size;
            return Optional.of(new Entry(name, size, type, offset));
        }
    }

    /** The content of the entry {@link #next()} returned, refused beyond the descriptor size limit. */
    public byte[] content(Entry entry) throws IOException, InterchangeException {
        BoundedFiles.tooLarge(archive, entry.size());
        byte[] content = readFully((int) entry.size(), "the truncated content of '" + entry.name() + "'");
        skip(padded(entry.size()) - entry.size());
        pendingContent = 0;
        return content;
    }

    /** Streams the content of the entry {@link #next()} returned through digests, without keeping it. */
    public void digest(Entry entry, List<MessageDigest> digests) throws IOException, InterchangeException {
        byte[] buffer = new byte[64 * 1024];
        long left = entry.size();
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw new InterchangeException(archive, 0, "archive ends inside '" + entry.name() + "' at byte "
                        + position);
            }
            digests.forEach(d -> d.update(buffer, 0, read));
            left -= read;
            position += read;
        }
        skip(padded(entry.size()) - entry.size());
        pendingContent = 0;
    }

    private void checkName(String name, char type, long offset) throws InterchangeException {
        String where = " (entry at byte " + offset + ")";
        if (type == '1' || type == '2') {
            throw new InterchangeException(archive, 0, "archive entry '" + name + "' is a "
                    + (type == '2' ? "symbolic" : "hard") + " link; an .ova holds plain files only" + where);
        }
        if (name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*")) {
            throw new InterchangeException(archive, 0, "archive entry '" + name + "' has an absolute path" + where);
        }
        for (String segment : name.split("[/\\\\]")) {
            if (segment.equals("..")) {
                throw new InterchangeException(archive, 0, "archive entry '" + name
                        + "' climbs out of the archive with '..'" + where);
            }
        }
    }

    private long size(byte[] header, long offset) throws InterchangeException {
        if ((header[124] & 0x80) != 0) {
            throw new InterchangeException(archive, 0, "archive entry at byte " + offset
                    + " has a binary size field (beyond 8 GiB): not a descriptor");
        }
        String octal = string(header, 124, 12).trim();
        try {
            return octal.isEmpty() ? 0 : Long.parseLong(octal, 8);
        } catch (NumberFormatException e) {
            throw new InterchangeException(archive, 0, "archive header at byte " + offset + " has a bad size '"
                    + octal + "': not a tar archive", e);
        }
    }

    private void checkChecksum(byte[] header, long offset) throws InterchangeException {
        String stored = string(header, 148, 8).trim();
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            sum += (i >= 148 && i < 156) ? ' ' : (header[i] & 0xff);
        }
        try {
            if (stored.isEmpty() || Long.parseLong(stored, 8) != sum) {
                throw new InterchangeException(archive, 0, "archive header at byte " + offset
                        + " has a wrong checksum: not a tar archive, or a damaged one");
            }
        } catch (NumberFormatException e) {
            throw new InterchangeException(archive, 0, "archive header at byte " + offset
                    + " has no valid checksum: not a tar archive", e);
        }
    }

    private static String name(byte[] header) {
        String name = string(header, 0, 100);
        boolean ustar = string(header, 257, 5).equals("ustar");
        String prefix = ustar ? string(header, 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static String string(byte[] bytes, int from, int length) {
        int end = from;
        while (end < from + length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, from, end - from, StandardCharsets.UTF_8);
    }

    private byte[] readFully(int length, String what) throws IOException, InterchangeException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new InterchangeException(archive, 0, "archive ends in " + what + " at byte " + position);
        }
        position += length;
        return bytes;
    }

    private void skip(long length) throws IOException, InterchangeException {
        try {
            in.skipNBytes(length);
        } catch (EOFException e) {
            throw new InterchangeException(archive, 0, "archive ends early, inside an entry, after byte " + position, e);
        }
        position += length;
    }

    private static long padded(long size) {
        return (size + BLOCK - 1) / BLOCK * BLOCK;
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
