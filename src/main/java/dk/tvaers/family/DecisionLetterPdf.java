package dk.tvaers.family;

import com.lowagie.text.Paragraph;
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
        LetterPdf letter = new LetterPdf("Afgørelse om støtte, sag " + l.caseNumber())
                .line(l.authority(), LetterPdf.SMALL)
                .line("Sag " + l.caseNumber() + " · " + date(l.decidedOn()), LetterPdf.SMALL)
                .recipient("Til: "
                        + String.join(
                                ", ",
                                l.parties().stream()
                                        .map(p -> p.name() + " (" + role(p.role()) + ")")
                                        .toList()))
                .title("Afgørelse om støtte")
                .section("Afgørelse", l.decision())
                .section("Begrundelse", l.reasons())
                .section("Lovgrundlag", "Afgørelsen er truffet efter " + l.legalBasis() + ".");
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
        letter.section("Partshøring", hearing.toString());
        for (Party p : l.parties()) {
            String said =
                    switch (p.status()) {
                        case ANSWERED -> "svarede " + date(p.answeredOn()) + ": " + p.answer();
                        case NO_ANSWER -> "har ikke svaret inden fristen.";
                        case AWAITING -> "har endnu ikke svaret.";
                    };
            Paragraph line = new Paragraph(p.name() + " (" + role(p.role()) + ") " + said, LetterPdf.BODY);
            line.setIndentationLeft(12);
            letter.add(line);
        }
        return letter.section("Klagevejledning", l.appealGuidance()).finish(l.authority());
    }

    static String role(MemberRole role) {
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
