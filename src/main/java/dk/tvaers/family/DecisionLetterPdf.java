package dk.tvaers.family;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The decision on support as a Danish letter (PDF) to the parties: the decision, its reasons, the legal basis, the
 * hearing of the parties with their answers, and the appeal guidance (klagevejledning).
 */
final class DecisionLetterPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    record Party(String name, MemberRole role, HearingStatus status, String answer, LocalDate answeredOn) {}

    record Letter(
            String authority,
            String caseNumber,
            LocalDate decidedOn,
            String decision,
            String reasons,
            String legalBasis,
            String appealGuidance,
            LocalDate hearingFrom,
            LocalDate hearingDeadline,
            List<Party> parties) {}

    static byte[] render(Letter l) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle("Afgørelse om støtte, sag " + l.caseNumber());
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 8);
        document.add(new Paragraph(l.authority(), small));
        document.add(new Paragraph("Sag " + l.caseNumber() + " · " + date(l.decidedOn()), small));
        Paragraph to = new Paragraph(
                "Til: "
                        + String.join(
                                ", ",
                                l.parties().stream()
                                        .map(p -> p.name() + " (" + role(p.role()) + ")")
                                        .toList()),
                body);
        to.setSpacingBefore(12);
        document.add(to);
        Paragraph head = new Paragraph("Afgørelse om støtte", title);
        head.setSpacingBefore(18);
        head.setSpacingAfter(6);
        document.add(head);
        section(document, heading, body, "Afgørelse", l.decision());
        section(document, heading, body, "Begrundelse", l.reasons());
        section(document, heading, body, "Lovgrundlag", "Afgørelsen er truffet efter " + l.legalBasis() + ".");
        StringBuilder hearing = new StringBuilder();
        if (l.parties().isEmpty()) {
            hearing.append("Ingen parter skulle høres.");
        } else {
            hearing.append("Parterne blev hørt fra ")
                    .append(date(l.hearingFrom()))
                    .append(" med frist til ")
                    .append(date(l.hearingDeadline()))
                    .append(".");
        }
        section(document, heading, body, "Partshøring", hearing.toString());
        for (Party p : l.parties()) {
            String said =
                    switch (p.status()) {
                        case ANSWERED -> "svarede " + date(p.answeredOn()) + ": " + p.answer();
                        case NO_ANSWER -> "har ikke svaret inden fristen.";
                        case AWAITING -> "har endnu ikke svaret.";
                    };
            Paragraph line = new Paragraph(p.name() + " (" + role(p.role()) + ") " + said, body);
            line.setIndentationLeft(12);
            document.add(line);
        }
        section(document, heading, body, "Klagevejledning", l.appealGuidance());
        Paragraph sign = new Paragraph("Med venlig hilsen\n" + l.authority(), body);
        sign.setSpacingBefore(18);
        document.add(sign);
        document.close();
        return out.toByteArray();
    }

    private static void section(Document document, Font heading, Font body, String title, String text) {
        Paragraph h = new Paragraph(title, heading);
        h.setSpacingBefore(10);
        document.add(h);
        document.add(new Paragraph(text, body));
    }

    private static String role(MemberRole role) {
        return switch (role) {
            case PARENT -> "forælder";
            case GUARDIAN -> "værge";
            case CHILD -> "barn";
            case YOUNG_ADULT -> "ung";
        };
    }

    private static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    private DecisionLetterPdf() {}
}
