package org.vwb.model.persistence;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the configuration files of other products that people give to a command expecting a {@code .vwb}
 * model, so the error says what the file is and which command reads it, instead of a parser message about an
 * unknown element. Judged from the first bytes only.
 */
final class ForeignFormats {

    private static final int HEAD = 16 * 1024;
    /** The first element of an XML document, after the declaration, comments and processing instructions. */
    private static final Pattern ROOT = Pattern.compile("<(?:[A-Za-z_][\\w.-]*:)?([A-Za-z_][\\w.-]*)[\\s/>]");
    /** Keys every VMware .vmx file carries, one {@code key = "value"} per line. */
    private static final Pattern VMX_KEY = Pattern.compile(
            "(?m)^\\s*(?:config\\.version|virtualHW\\.version|\\.encoding|displayName|guestOS)\\s*=");

    private ForeignFormats() {
    }

    /** What the file is, in words, when it is a format {@code vwb import} reads. */
    static Optional<String> recognise(byte[] content) {
        if (content.length > 262 && new String(content, 257, 5, StandardCharsets.US_ASCII).equals("ustar")) {
            return Optional.of("an OVA archive (OVF)");
        }
        String head = new String(content, 0, Math.min(content.length, HEAD), StandardCharsets.UTF_8);
        String text = head.replaceAll("(?s)<!--.*?-->|<\\?.*?\\?>", "");
        Matcher root = ROOT.matcher(text);
        if (root.find() && text.substring(0, root.start()).isBlank()) {
            return switch (root.group(1)) {
                case "domain" -> Optional.of("a libvirt domain XML file");
                case "Envelope" -> Optional.of("an OVF descriptor");
                default -> Optional.empty();
            };
        }
        if (VMX_KEY.matcher(head).find()) {
            return Optional.of("a VMware .vmx file");
        }
        return Optional.empty();
    }
}
