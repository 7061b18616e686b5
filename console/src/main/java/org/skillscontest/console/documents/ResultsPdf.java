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
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * An event's results as a printable PDF, A4 portrait: the competition and the event, the ranking's
 * version and publicity state, then the table of places; its header row repeats on every page and
 * every page is numbered, so a page on the notice board stands alone.
 */
public final class ResultsPdf {

    private static final Color HEADER = new Color(0xE8, 0xE8, 0xE8);
    private static final Color LINE = new Color(0xBB, 0xBB, 0xBB);
    private static final float[] WIDTHS = {6, 12, 20, 8, 8, 8, 8, 7, 18};

    private ResultsPdf() {
    }

    /** {@code issued}: when and by whom the PDF was made, printed under the title (e.g. 导出于 2026年5月1日). */
    public static byte[] build(ChineseFont chinese, EventResults results, String issued) {
        BaseFont font = chinese.baseFont();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 48, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageNumbers(font));
        document.addTitle(results.competitionName() + " " + results.eventName() + " 成绩");
        document.addCreator("职工职业技能大赛 Console");
        document.open();

        Paragraph competition = new Paragraph(results.competitionName(), new Font(font, 16));
        competition.setAlignment(Element.ALIGN_CENTER);
        document.add(competition);
        Paragraph event = new Paragraph(results.eventName() + " 成绩 Results", new Font(font, 14));
        event.setAlignment(Element.ALIGN_CENTER);
        event.setSpacingBefore(4);
        document.add(event);
        StringBuilder state = new StringBuilder("第 " + results.version() + " 版");
        if (results.publicity() != null && !results.publicity().isBlank()) {
            state.append(" · ").append(results.publicity());
        }
        if (issued != null && !issued.isBlank()) {
            state.append(" · ").append(issued);
        }
        Paragraph note = new Paragraph(state.toString(), new Font(font, 9, Font.NORMAL, Color.DARK_GRAY));
        note.setAlignment(Element.ALIGN_CENTER);
        note.setSpacingBefore(4);
        note.setSpacingAfter(12);
        document.add(note);

        PdfPTable table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        Font head = new Font(font, 10);
        for (String header : ResultsWorkbook.RESULT_HEADERS) {
            PdfPCell cell = cell(header, head, Element.ALIGN_CENTER);
            cell.setBackgroundColor(HEADER);
            table.addCell(cell);
        }
        Font text = new Font(font, 10);
        for (EventResults.Placing p : results.placings()) {
            table.addCell(cell(p.place() == null ? "" : String.valueOf(p.place()), text, Element.ALIGN_CENTER));
            table.addCell(cell(p.name(), text, Element.ALIGN_LEFT));
            table.addCell(cell(p.federation(), text, Element.ALIGN_LEFT));
            table.addCell(cell(Labels.number(p.theory()), text, Element.ALIGN_RIGHT));
            table.addCell(cell(Labels.number(p.practical()), text, Element.ALIGN_RIGHT));
            table.addCell(cell(Labels.number(p.total()), text, Element.ALIGN_RIGHT));
            table.addCell(cell(Labels.award(p.award()), text, Element.ALIGN_CENTER));
            table.addCell(cell(Labels.advanced(p.advanced()), text, Element.ALIGN_CENTER));
            table.addCell(cell(Labels.status(p.status(), p.statusReason()), text, Element.ALIGN_LEFT));
        }
        if (results.placings().isEmpty()) {
            PdfPCell none = cell("暂无成绩 No results", text, Element.ALIGN_CENTER);
            none.setColspan(WIDTHS.length);
            table.addCell(none);
        }
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(5);
        cell.setBorderColor(LINE);
        return cell;
    }

    /** 第 N 页 at the foot of every page. */
    private static final class PageNumbers extends PdfPageEventHelper {

        private final Font font;

        PageNumbers(BaseFont font) {
            this.font = new Font(font, 9, Font.NORMAL, Color.DARK_GRAY);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase("第 " + writer.getPageNumber() + " 页", font), page.getWidth() / 2, 30, 0);
        }
    }
}
