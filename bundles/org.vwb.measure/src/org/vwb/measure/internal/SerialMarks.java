package org.vwb.measure.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the guest's init script printed on the serial console: the kernel it runs, and per marker its label, the
 * guest's uptime and the interrupt count of each device.
 *
 * @param kernel the guest's {@code uname -r} and {@code uname -v}, or empty when it never said
 * @param marks  every {@code vwb-mark} line in order
 */
record SerialMarks(String kernel, List<Mark> marks) {

    /** One marker: its label ({@code idle:begin}, {@code e1000:read:end}...), uptime and interrupt counts. */
    record Mark(String label, double uptime, long[] interrupts) {
    }

    static SerialMarks parse(String console, int devices) {
        String kernel = "";
        List<Mark> marks = new ArrayList<>();
        for (String line : console.split("\r?\n")) {
            if (line.startsWith("vwb-guest kernel ")) {
                kernel = line.substring("vwb-guest kernel ".length()).strip();
            } else if (line.startsWith("vwb-mark ")) {
                String[] fields = line.strip().split("\\s+");
                if (fields.length == 3 + devices) {
                    marks.add(new Mark(fields[1], Double.parseDouble(fields[2]), Arrays.stream(fields, 3,
                            fields.length).mapToLong(Long::parseLong).toArray()));
                }
            }
        }
        return new SerialMarks(kernel, List.copyOf(marks));
    }

    /** The index of the mark with this label, or -1. */
    int indexOf(String label) {
        for (int i = 0; i < marks.size(); i++) {
            if (marks.get(i).label().equals(label)) {
                return i;
            }
        }
        return -1;
    }
}
