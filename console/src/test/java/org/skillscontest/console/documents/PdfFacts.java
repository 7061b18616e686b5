package org.skillscontest.console.documents;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** What a PDF holds, read back as a reader would: its pages' text and the fonts its pages use. */
record PdfFacts(List<String> pages, List<FontFacts> fonts, boolean landscape) {

    /** A font a page uses: its name, its subtype, whether it carries its glyphs (FontFile2) and a ToUnicode map. */
    record FontFacts(String baseFont, String subtype, boolean fontFile2, boolean toUnicode) {

        /** A subset's name starts with six capital letters and a plus: ABCDEF+WenQuanYiMicroHei. */
        boolean subset() {
            return baseFont.matches("[A-Z]{6}\\+.+");
        }
    }

    static PdfFacts of(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            List<FontFacts> fonts = new ArrayList<>();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                pages.add(extractor.getTextFromPage(p));
                PdfDictionary resources = reader.getPageN(p).getAsDict(PdfName.RESOURCES);
                PdfDictionary fontDictionary = resources == null ? null : resources.getAsDict(PdfName.FONT);
                if (fontDictionary == null) {
                    continue;
                }
                for (PdfName key : fontDictionary.getKeys()) {
                    PdfDictionary font = fontDictionary.getAsDict(key);
                    PdfDictionary descriptor = font.getAsDict(PdfName.FONTDESCRIPTOR);
                    PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
                    if (descendants != null) {
                        descriptor = descendants.getAsDict(0).getAsDict(PdfName.FONTDESCRIPTOR);
                    }
                    fonts.add(new FontFacts(font.getAsName(PdfName.BASEFONT).toString().substring(1),
                            font.getAsName(PdfName.SUBTYPE).toString().substring(1),
                            descriptor != null && descriptor.get(PdfName.FONTFILE2) != null,
                            font.get(PdfName.TOUNICODE) != null));
                }
            }
            boolean landscape = reader.getPageSizeWithRotation(1).getWidth() > reader.getPageSizeWithRotation(1).getHeight();
            reader.close();
            return new PdfFacts(pages, fonts, landscape);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of page {@code n} (1-based) with the spaces and line breaks a layout adds taken out. */
    String compact(int n) {
        return pages.get(n - 1).replaceAll("\\s+", "");
    }
}
