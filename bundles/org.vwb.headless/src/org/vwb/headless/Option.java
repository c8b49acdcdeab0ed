package org.vwb.headless;

import java.util.Objects;

/**
 * One option a command accepts: a GNU-style long name ({@code --out}), an optional one-letter short name
 * ({@code -o}), and either no value (a flag) or a value named in the help ({@code PATH}).
 *
 * @param name        long name without the dashes
 * @param shortName   one-letter alias, or {@code 0} for none
 * @param valueName   what the value is, as shown in the help, or {@code null} for a flag
 * @param description one line for the help text
 */
public record Option(String name, char shortName, String valueName, String description) {

    /** Write the machine output to a file instead of stdout. */
    public static final Option OUT = value("out", 'o', "PATH", "write the output to PATH instead of stdout");

    /** Allow {@link #OUT} to replace an existing file (always atomically). */
    public static final Option FORCE = flag("force", 'f', "replace an existing output file");

    public Option {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("option name must be lower-case words joined by '-': " + name);
        }
    }

    /** An option without a value and without a one-letter alias. */
    public static Option flag(String name, String description) {
        return flag(name, (char) 0, description);
    }

    /** An option without a value. */
    public static Option flag(String name, char shortName, String description) {
        return new Option(name, shortName, null, description);
    }

    /** An option that takes a value, without a one-letter alias. */
    public static Option value(String name, String valueName, String description) {
        return value(name, (char) 0, valueName, description);
    }

    /** An option that takes a value: {@code --name VALUE} or {@code --name=VALUE}. */
    public static Option value(String name, char shortName, String valueName, String description) {
        return new Option(name, shortName, Objects.requireNonNull(valueName, "valueName"), description);
    }

    /** Whether the option takes a value. */
    public boolean takesValue() {
        return valueName != null;
    }

    /** How the option is written in help texts, e.g. {@code -o, --out PATH}. */
    public String synopsis() {
        String alias = shortName == 0 ? "    " : "-" + shortName + ", ";
        return alias + "--" + name + (takesValue() ? " " + valueName : "");
    }
}
