package org.skillscontest.console.exports;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * {@code Content-Disposition: attachment} naming the file in Chinese for browsers that read RFC 6266's
 * {@code filename*} (RFC 5987: UTF-8, percent-encoded), with an ASCII {@code filename} for the rest.
 */
final class ContentDisposition {

    private ContentDisposition() {
    }

    static String attachment(String fileName, String asciiFallback) {
        return "attachment; filename=\"" + ascii(asciiFallback) + "\"; filename*=UTF-8''" + encode(safe(fileName));
    }

    /** A name any file system takes: no path separators, reserved or control characters. */
    static String safe(String fileName) {
        String name = fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return name.isEmpty() || name.startsWith(".") ? "download" + name : name;
    }

    /** Printable ASCII without quotes or backslashes; anything else becomes _. */
    static String ascii(String fileName) {
        String plain = Normalizer.normalize(safe(fileName), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder();
        for (char c : plain.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? c : '_');
        }
        return out.toString();
    }

    /** RFC 5987 attr-char kept, every other byte of the UTF-8 percent-encoded. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
