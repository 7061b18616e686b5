package org.skillscontest.console.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Award certificates (获奖证书), one A4 landscape page each, in one PDF: a double red border, the
 * title, the winner's name, the competition and event, the place and the award, and the organiser's
 * line with the date in Chinese numerals. Everything is laid at fixed positions, so each certificate
 * is exactly one page whatever the length of its names (long ones wrap within the body).
 */
public final class CertificatePdf {

    private static final Color RED = new Color(0x9B, 0x1B, 0x1B);
    private static final Color GOLD = new Color(0xB8, 0x86, 0x0B);
    private static final Color INK = new Color(0x22, 0x22, 0x22);

    private CertificatePdf() {
    }

    /** One page per certificate, in the order given; at least one certificate. */
    public static byte[] build(ChineseFont chinese, List<Certificate> certificates) {
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("no certificate to print");
        }
        BaseFont font = chinese.baseFont();
        Rectangle page = PageSize.A4.rotate();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(page, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(certificates.size() == 1 ? "获奖证书 " + certificates.get(0).name() : "获奖证书");
        document.addCreator("职工职业技能大赛 Console");
        document.open();
        for (int i = 0; i < certificates.size(); i++) {
            if (i > 0) {
                document.newPage();
            }
            page(writer.getDirectContent(), font, page, certificates.get(i));
        }
        document.close();
        return out.toByteArray();
    }

    private static void page(PdfContentByte canvas, BaseFont font, Rectangle page, Certificate c) {
        float width = page.getWidth();
        float height = page.getHeight();
        border(canvas, width, height);

        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase("获奖证书", new Font(font, 46, Font.NORMAL, RED)),
                width / 2, height - 130, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                new Phrase("CERTIFICATE OF AWARD", new Font(font, 11, Font.NORMAL, RED)), width / 2, height - 152, 0);

        // the body (who, where, which place) and the signature (organiser, date), each set in the largest
        // size at which it fits its frame, so that long names wrap and shrink rather than run off the page
        fit(canvas, new float[] {120, 180, width - 120, height - 185}, 22, size -> body(font, size, c));
        fit(canvas, new float[] {140, 70, width - 100, 170}, 18, size -> signature(font, size, c));
    }

    private static List<Paragraph> body(BaseFont font, float size, Certificate c) {
        Paragraph name = new Paragraph(c.name() + " 同志：", new Font(font, size * 1.1f, Font.NORMAL, INK));
        name.setSpacingAfter(size / 2);
        Font text = new Font(font, size, Font.NORMAL, INK);
        Paragraph where = new Paragraph(size * 1.7f, "在" + c.competitionName() + Labels.eventInSentence(c.eventName())
                + "中，成绩优异，荣获第" + c.place() + "名，特授予", text);
        where.setFirstLineIndent(size * 2);
        Paragraph award = new Paragraph(size * 2.6f, Labels.award(c.award()), new Font(font, size * 2, Font.NORMAL, GOLD));
        award.setAlignment(Element.ALIGN_CENTER);
        award.setSpacingBefore(size * 0.7f);
        Paragraph closing = new Paragraph(size * 1.7f, "特发此证，以资鼓励。", text);
        closing.setFirstLineIndent(size * 2);
        closing.setSpacingBefore(size / 2);
        return List.of(name, where, award, closing);
    }

    private static List<Paragraph> signature(BaseFont font, float size, Certificate c) {
        Font text = new Font(font, size, Font.NORMAL, INK);
        Paragraph organiser = new Paragraph(size * 1.4f, c.organiser(), text);
        organiser.setAlignment(Element.ALIGN_RIGHT);
        Paragraph date = new Paragraph(size * 1.8f, Labels.formalDate(c.date()), text);
        date.setAlignment(Element.ALIGN_RIGHT);
        return List.of(organiser, date);
    }

    /** Lays {@code paragraphs} in the frame {llx, lly, urx, ury} at {@code size}, or smaller (down to half) until they fit. */
    private static void fit(PdfContentByte canvas, float[] frame, float size,
                            java.util.function.Function<Float, List<Paragraph>> paragraphs) {
        float chosen = size;
        for (float s = size; s >= size / 2; s -= 1) {
            chosen = s;
            if (!ColumnText.hasMoreText(lay(canvas, frame, paragraphs.apply(s), true))) {
                break;
            }
        }
        lay(canvas, frame, paragraphs.apply(chosen), false);
    }

    private static int lay(PdfContentByte canvas, float[] frame, List<Paragraph> paragraphs, boolean simulate) {
        ColumnText text = new ColumnText(canvas);
        text.setSimpleColumn(frame[0], frame[1], frame[2], frame[3]);
        paragraphs.forEach(text::addElement);
        try {
            return text.go(simulate);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void border(PdfContentByte canvas, float width, float height) {
        canvas.saveState();
        canvas.setColorStroke(RED);
        canvas.setLineWidth(4);
        canvas.rectangle(28, 28, width - 56, height - 56);
        canvas.stroke();
        canvas.setColorStroke(GOLD);
        canvas.setLineWidth(1.2f);
        canvas.rectangle(38, 38, width - 76, height - 76);
        canvas.stroke();
        canvas.restoreState();
    }
}
