package org.vwb.measure.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The archive reads back as the kernel reads an initramfs: newc headers, names and data padded to four bytes. */
class CpioTest {

    private record Entry(String name, int mode, byte[] data) {
    }

    @Test
    void entriesReadBackWithTheirNamesModesAndData() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Cpio cpio = new Cpio(bytes);
        cpio.directory("bin");
        cpio.file("bin/busybox", "abcde".getBytes(StandardCharsets.US_ASCII), true);
        cpio.file("init", "#!/bin/sh\n".getBytes(StandardCharsets.US_ASCII), false);
        cpio.finish();

        List<Entry> entries = read(bytes.toByteArray());

        assertEquals(List.of("bin", "bin/busybox", "init", "TRAILER!!!"), entries.stream().map(Entry::name).toList());
        assertEquals(0040755, entries.get(0).mode());
        assertEquals(0100755, entries.get(1).mode());
        assertEquals(0100644, entries.get(2).mode());
        assertArrayEquals("abcde".getBytes(StandardCharsets.US_ASCII), entries.get(1).data());
        assertEquals(0, bytes.size() % 4, "the archive ends on a four-byte boundary");
    }

    /** A newc reader written from the format description, independent of the writer. */
    private static List<Entry> read(byte[] archive) {
        List<Entry> entries = new ArrayList<>();
        int at = 0;
        while (at < archive.length) {
            String header = new String(archive, at, 110, StandardCharsets.US_ASCII);
            assertEquals("070701", header.substring(0, 6));
            int mode = Integer.parseInt(header.substring(14, 22), 16);
            int size = Integer.parseInt(header.substring(54, 62), 16);
            int nameSize = Integer.parseInt(header.substring(94, 102), 16);
            String name = new String(archive, at + 110, nameSize - 1, StandardCharsets.US_ASCII);
            int data = align(at + 110 + nameSize);
            entries.add(new Entry(name, mode, Arrays.copyOfRange(archive, data, data + size)));
            at = align(data + size);
            if (name.equals("TRAILER!!!")) {
                break;
            }
        }
        return entries;
    }

    private static int align(int offset) {
        return (offset + 3) & ~3;
    }
}
