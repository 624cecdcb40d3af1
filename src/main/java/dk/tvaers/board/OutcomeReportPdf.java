package dk.tvaers.board;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dk.tvaers.adult.OutcomeReport;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Map;

/** The outcome report as a PDF for the steering group's meeting. */
final class OutcomeReportPdf {

    static byte[] render(OutcomeReportService.Report r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
        document.add(new Paragraph("Tværs – resultatrapport", title));
        document.add(new Paragraph("Periode " + DisplayNames.date(r.from()) + " – " + DisplayNames.date(r.to())
                + ". Tal uden navne til styregruppen."));
        section(document, heading, "Familier", Map.of("Kørende familier", String.valueOf(r.familiesRunning())));
        PdfPTable phases = table();
        r.familiesByPhase()
                .forEach((phase, n) -> row(phases, "Fase: " + DisplayNames.casePhase(phase), String.valueOf(n)));
        document.add(phases);
        PdfPTable goals = table();
        row(
                goals,
                "Børnefaglige undersøgelser inden for fristen",
                r.investigationsWithinDeadline() + " af " + r.investigationsFinished() + " ("
                        + pct(r.investigationsWithinDeadlineShare()) + ")");
        ParentalAuthority authority = r.parentalAuthority();
        row(
                goals,
                "Familier med bedre forældreautoritet, målt ved SSP-bekymringen (mål ≥ 60 %)",
                authority.familiesImproved() + " af " + authority.familiesMeasured() + " (" + pct(authority.share())
                        + ")");
        r.overdueTasksByAdministration()
                .forEach((a, n) -> row(goals, "Overskredne opgaver, " + DisplayNames.groupTitle(a), String.valueOf(n)));
        document.add(new Paragraph("Mål og frister", heading));
        document.add(goals);
        OutcomeReport a = r.adultPath();
        OutcomeReport.Criteria c = a.criteria();
        PdfPTable adult = table();
        row(adult, "Indskrevet i perioden (grundlaget for andelene)", String.valueOf(a.enrolled()));
        row(adult, "Frafald registreret i perioden", String.valueOf(a.droppedOutInPeriod()));
        row(
                adult,
                "Af de indskrevne: udskrevet / stadig i forløb / faldet fra",
                a.discharged() + " / " + a.stillEnrolled() + " / " + a.droppedOut());
        row(adult, "Af de indskrevne: sigtet under forløbet", String.valueOf(a.chargedWhileEnrolled()));
        row(adult, "Gennemført eller videre (mål ≥ 75 %)", count(c.completedOrMovedOn()));
        row(adult, "Tiltalt under forløbet (mål ≤ 15 %)", count(c.prosecutedWhileEnrolled()));
        row(adult, "Markant positiv bevægelse (mål ≥ 60 %)", count(c.significantPositiveMovement()));
        document.add(new Paragraph("Klar / Parat / Start", heading));
        document.add(adult);
        ReportCosts costs = r.costs();
        document.add(new Paragraph("Omkostninger (" + costs.priceYear() + "-priser, til og med i dag)", heading));
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 8);
        PdfPTable money = table();
        for (ReportCosts.Line cost : costs.lines()) {
            // the label and its basis as two paragraphs of the cell (composite mode), so they never run together
            PdfPCell key = new PdfPCell();
            key.addElement(new Paragraph(cost.label()));
            Paragraph basis = new Paragraph(cost.basis(), small);
            basis.setSpacingBefore(2);
            key.addElement(basis);
            key.setPaddingBottom(6);
            money.addCell(key);
            PdfPCell cell = new PdfPCell();
            if (!cost.recorded()) {
                cell.addElement(right(new Paragraph("ikke registreret")));
            } else {
                cell.addElement(right(new Paragraph(number(cost.quantity()) + " " + cost.unit())));
                cell.addElement(right(new Paragraph(kroner(cost.amount()))));
            }
            money.addCell(cell);
        }
        row(money, "I alt", kroner(costs.total()));
        document.add(money);
        document.add(new Paragraph("Sådan beregnes tallene", heading));
        for (OutcomeReportService.Method method : r.methods()) {
            Paragraph label = new Paragraph(method.label(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9));
            label.setSpacingBefore(4);
            document.add(label);
            document.add(new Paragraph(method.computation(), small));
        }
        document.close();
        return out.toByteArray();
    }

    private static void section(Document document, Font heading, String name, Map<String, String> rows) {
        document.add(new Paragraph(name, heading));
        PdfPTable table = table();
        rows.forEach((k, v) -> row(table, k, v));
        document.add(table);
    }

    private static PdfPTable table() {
        PdfPTable table = new PdfPTable(new float[] {3, 1});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(12);
        return table;
    }

    private static void row(PdfPTable table, String key, String value) {
        table.addCell(new PdfPCell(new Paragraph(key)));
        PdfPCell cell = new PdfPCell(new Paragraph(value));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(cell);
    }

    private static Paragraph right(Paragraph paragraph) {
        paragraph.setAlignment(Element.ALIGN_RIGHT);
        return paragraph;
    }

    private static String kroner(BigDecimal amount) {
        return number(amount) + " kr.";
    }

    private static String number(BigDecimal value) {
        java.text.NumberFormat format =
                java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag("da-DK"));
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private static String count(OutcomeReport.Criterion c) {
        return c.count() + " af " + c.base() + " (" + pct(c.share()) + ")";
    }

    private static String pct(BigDecimal share) {
        return share == null ? "–" : share.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP) + " %";
    }

    private OutcomeReportPdf() {}
}
