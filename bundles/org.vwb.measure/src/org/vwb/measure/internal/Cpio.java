package org.vwb.measure.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Writes a cpio archive in the "newc" format the Linux kernel unpacks as an initramfs
 * (Documentation/driver-api/early-userspace/buffer-format.rst): a 110-byte ASCII header per entry, the name and
 * the data each padded to four bytes, and a {@code TRAILER!!!} entry. Java writes it so that the harness needs no
 * {@code cpio} tool.
 */
final class Cpio {

    private static final int DIRECTORY = 0040000, REGULAR = 0100000;

    private final OutputStream out;
    private long written;
    private int inode = 1;

    Cpio(OutputStream out) {
        this.out = out;
    }

    void directory(String name) throws IOException {
        entry(name, DIRECTORY | 0755, new byte[0]);
    }

    void file(String name, byte[] data, boolean executable) throws IOException {
        entry(name, REGULAR | (executable ? 0755 : 0644), data);
    }

    /** Writes the trailer; the archive is complete. */
    void finish() throws IOException {
        entry("TRAILER!!!", 0, new byte[0]);
        out.flush();
    }

    private void entry(String name, int mode, byte[] data) throws IOException {
        byte[] nameBytes = (name + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream header = new ByteArrayOutputStream(110);
        header.writeBytes("070701".getBytes(StandardCharsets.US_ASCII));
        int links = (mode & DIRECTORY) != 0 ? 2 : 1;
        long[] fields = { "TRAILER!!!".equals(name) ? 0 : inode++, mode, 0, 0, links, 0, data.length, 0, 0, 0, 0,
                nameBytes.length, 0 };
        for (long field : fields) {
            header.writeBytes(String.format(Locale.ROOT, "%08x", field).getBytes(StandardCharsets.US_ASCII));
        }
        write(header.toByteArray());
        write(nameBytes);
        pad();
        write(data);
        pad();
    }

    private void write(byte[] bytes) throws IOException {
        out.write(bytes);
        written += bytes.length;
    }

    private void pad() throws IOException {
        while (written % 4 != 0) {
            write(new byte[1]);
        }
    }
}
