package org.skillscontest.console.exports;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.skillscontest.console.documents.ChineseFont;

/**
 * The Chinese font the PDFs embed ({@code console.pdf.font}), read once. A missing font is said at
 * startup in the log (the console's other pages still work) and again, to the person, at the first PDF.
 */
@ApplicationScoped
public class PdfFonts {

    private static final Logger LOG = Logger.getLogger(PdfFonts.class);

    private final Path file;
    private volatile ChineseFont font;

    PdfFonts(@ConfigProperty(name = "console.pdf.font") Path file) {
        this.file = file;
    }

    void checkAtStartup(@Observes StartupEvent start) {
        try {
            chinese();
        } catch (ChineseFont.FontMissingException e) {
            LOG.error(e.getMessage() + " — certificates and results PDFs cannot be made until it is there");
        }
    }

    /** The font; {@link ChineseFont.FontMissingException} saying which file and how to install it when it is not there. */
    public ChineseFont chinese() {
        ChineseFont loaded = font;
        if (loaded == null) {
            synchronized (this) {
                if (font == null) {
                    font = ChineseFont.load(file);
                }
                loaded = font;
            }
        }
        return loaded;
    }
}
