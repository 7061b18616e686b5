package org.skillscontest.console.exports;

import io.quarkus.qute.TemplateExtension;
import org.skillscontest.console.documents.EventResults.Placing;
import org.skillscontest.console.documents.Labels;

/** A place of a ranking as the exports pages show it, in the words the documents use. */
@TemplateExtension
final class ExportLabels {

    private ExportLabels() {
    }

    static String awardLabel(Placing placing) {
        return Labels.award(placing.award());
    }

    static String statusLabel(Placing placing) {
        return Labels.status(placing.status(), placing.statusReason());
    }

    static String totalText(Placing placing) {
        return Labels.number(placing.total());
    }
}
