package org.vwb.interchange.internal;

import java.util.Set;

import org.vwb.model.DeviceKind;

/** Names for imported elements: readable, stable across imports, unique among siblings. */
public final class Names {

    private Names() {
    }

    /** A file or VM name without its extension and without characters that would need quoting in references. */
    public static String of(String raw) {
        String name = raw == null || raw.isBlank() ? "imported" : raw.trim();
        int dot = name.lastIndexOf('.');
        if (dot > 0 && name.length() - dot <= 5 && name.substring(dot + 1).matches("(?i)ovf|ova|xml|vmx")) {
            name = name.substring(0, dot);
        }
        return name.replaceAll("[^A-Za-z0-9 ._()-]", "_");
    }

    /** {@code name}, or {@code name-2}, {@code name-3}... if already taken; records the name as taken. */
    public static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int i = 2; !taken.add(candidate); i++) {
            candidate = name + "-" + i;
        }
        return candidate;
    }

    /** The prefix of device names, as in the examples: net0, disk0, cd0, fd0. */
    public static String devicePrefix(DeviceKind kind) {
        return switch (kind) {
            case NETWORK -> "net";
            case BLOCK -> "disk";
            case OPTICAL -> "cd";
            case FLOPPY -> "fd";
            case CONTROLLER -> "ctl";
            case SOUND -> "snd";
            case DISPLAY -> "video";
            default -> kind.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
