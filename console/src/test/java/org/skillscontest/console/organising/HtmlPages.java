package org.skillscontest.console.organising;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the console's pages in the organising tests. */
final class HtmlPages {

    private HtmlPages() {
    }

    /** The start tag of the {@code element} named {@code name}, e.g. {@code <input … name="regionCode" …>}; null if none. */
    static String tag(String html, String element, String name) {
        Matcher m = Pattern.compile("<" + element + "\\b[^>]*\\bname=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(html);
        return m.find() ? m.group() : null;
    }

    /** The text of the error paragraph shown for input {@code name}; null if none. */
    static String errorOf(String html, String name) {
        Matcher m = Pattern.compile("<p class=\"error\" id=\"[^\"]+\" data-field=\"" + Pattern.quote(name) + "\">([^<]*)</p>").matcher(html);
        return m.find() ? m.group(1) : null;
    }
}
