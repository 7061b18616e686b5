package org.skillscontest.console.documents;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Chinese font the PDFs embed, so that they print the same on any machine, with or without Chinese
 * fonts: a TrueType font or the first font of a TrueType collection (.ttc), e.g. Debian's WenQuanYi
 * Micro Hei. Written Identity-H with a ToUnicode map (the text can be searched and copied) and embedded
 * as a subset (only the glyphs a document uses: tens of kilobytes, not the font's megabytes).
 */
public final class ChineseFont {

    private final String name;
    private final byte[] bytes;

    private ChineseFont(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes;
    }

    /** Reads the font file once and checks that it makes a font; says which file and how to install it when not. */
    public static ChineseFont load(Path file) {
        if (file == null || !Files.isReadable(file)) {
            throw new FontMissingException("PDF 所需中文字体不存在 The Chinese font for PDFs is missing: " + file
                    + " (console.pdf.font; on Debian: apt-get install fonts-wqy-microhei)");
        }
        try {
            String fileName = file.getFileName().toString();
            // BaseFont names the first font of a collection "name.ttc,0"
            ChineseFont font = new ChineseFont(fileName.toLowerCase().endsWith(".ttc") ? fileName + ",0" : fileName,
                    Files.readAllBytes(file));
            font.baseFont();
            return font;
        } catch (IOException | RuntimeException e) {
            throw new FontMissingException("PDF 所需中文字体无法读取 The Chinese font for PDFs cannot be read: " + file + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * A font for one document. Each document gets its own: a BaseFont gathers the glyphs its document
     * uses and reads the font while writing, so documents written at once must not share one.
     */
    public BaseFont baseFont() {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (DocumentException | IOException e) {
            throw new FontMissingException("PDF 所需中文字体无法读取 The Chinese font for PDFs cannot be read: " + name + ": "
                    + e.getMessage(), e);
        }
    }

    /** The font named by the console's settings is not there or is not a font the PDFs can embed. */
    public static class FontMissingException extends RuntimeException {

        public FontMissingException(String message) {
            super(message);
        }

        public FontMissingException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
