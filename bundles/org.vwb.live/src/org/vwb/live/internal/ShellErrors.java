package org.vwb.live.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one line the shell prints for a failed command: what went wrong in the user's words, never Gogo's Java
 * signatures ({@code Cannot coerce set(String) to any of [(String, String[])]}), list syntax or exception class
 * names.
 */
final class ShellErrors {

    private static final Pattern NOT_FOUND = Pattern.compile("Command not found: (\\S+)");
    private static final Pattern COERCE = Pattern.compile("Cannot coerce (\\S+?)\\(.*", Pattern.DOTALL);
    private static final Pattern CLASS_PREFIX = Pattern.compile("^(?:(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error): )+");

    private ShellErrors() {
    }

    static String message(String line, Throwable failure) {
        Throwable cause = failure;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return first(line) + ": failed (" + cause.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2")
                    .toLowerCase(java.util.Locale.ROOT) + "; --debug shows the details)";
        }
        Matcher notFound = NOT_FOUND.matcher(message);
        if (notFound.find()) {
            return "unknown command '" + notFound.group(1) + "' (vwb:help lists vwb's commands, help all of them)";
        }
        Matcher coerce = COERCE.matcher(message);
        if (coerce.matches()) {
            return first(line) + ": wrong arguments (help " + first(line) + " shows them)";
        }
        String plain = CLASS_PREFIX.matcher(message.strip()).replaceAll("").replaceAll("\\s*\\n\\s*", " ");
        return plain.startsWith(first(line) + " ") ? plain : first(line) + ": " + plain;
    }

    private static String first(String line) {
        String stripped = line.strip();
        int space = stripped.indexOf(' ');
        return space < 0 ? stripped : stripped.substring(0, space);
    }
}
