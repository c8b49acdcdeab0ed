package org.vwb.headless;

/**
 * Text from files (names of VMs, devices, models; paths) made safe for one line of a terminal or a text table:
 * a newline in a VM name must not forge a second {@code error:} line, and control characters (an XML 1.1 file
 * may carry ESC) must not reach the terminal raw. Every {@code error:}/{@code warning:} line of {@link CommandIo}
 * and every text table goes through here.
 */
public final class TerminalText {

    private TerminalText() {
    }

    /**
     * The text with every character that could break or recolour the line written as an escape: {@code \n},
     * {@code \r}, {@code \t}, otherwise {@code \}{@code u} and four hex digits. These are the C0 and C1 controls,
     * DEL, the Unicode line and paragraph separators and the bidirectional overrides (which reorder what is shown).
     */
    public static String escape(String text) {
        if (text == null || text.chars().noneMatch(TerminalText::unsafe)) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> {
            if (!unsafe(c)) {
                safe.append((char) c);
            } else if (c == '\n') {
                safe.append("\\n");
            } else if (c == '\r') {
                safe.append("\\r");
            } else if (c == '\t') {
                safe.append("\\t");
            } else {
                safe.append(String.format("\\u%04x", c));
            }
        });
        return safe.toString();
    }

    private static boolean unsafe(int c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069') || c == '\u200e' || c == '\u200f' || c == '\u061c';
    }
}
