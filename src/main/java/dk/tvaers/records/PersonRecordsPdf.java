package dk.tvaers.records;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;

/** The records export as a document for the citizen, in Danish. */
final class PersonRecordsPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font SUB = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);

    static byte[] render(PersonRecords r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Tværs – aktindsigt", TITLE));
        document.add(new Paragraph(
                "Udtrukket " + TIME.format(r.generatedAt()) + " af " + r.generatedBy() + ". " + r.redaction(), BODY));
        document.add(new Paragraph(
                r.person().name() + ", CPR " + r.person().cpr() + ", født "
                        + DATE.format(r.person().dateOfBirth()),
                HEADING));
        for (PersonRecords.FamilyCase c : r.familyCases()) {
            document.add(new Paragraph("Familiesag " + c.caseNumber(), HEADING));
            PdfPTable facts = table(2);
            row(facts, "Bydel", c.district());
            row(facts, "Rolle i familien", c.role());
            row(facts, "Status / fase", c.status() + " / " + c.phase());
            row(facts, "Oprettet", fmt(c.openedAt(), TIME));
            row(facts, "Afsluttet", c.closedAt() == null ? "" : fmt(c.closedAt(), TIME) + " " + c.closeReason());
            if (c.referral() != null) {
                row(facts, "Henvist af", c.referral().source());
                row(facts, "Bekymring", c.referral().concern());
                row(facts, "SSP-kategori", String.valueOf(c.referral().sspCategory()));
            }
            c.otherMembers().forEach(o -> row(facts, "Andet familiemedlem", o.role() + " " + o.name()));
            document.add(facts);
            list(document, "Faser", c.phases(), p -> p.phase() + " fra " + fmt(p.startedAt(), TIME));
            list(
                    document,
                    "Mål",
                    c.goals(),
                    g -> g.administration().toUpperCase() + ": " + g.description() + " (" + g.status() + ")");
            list(document, "Samtykker", c.consents(), d -> "Samtykke givet " + fmt(d, DATE));
            list(
                    document,
                    "Screeninger (1-5, højere er bedre)",
                    c.screenings(),
                    s -> fmt(s.screenedOn(), DATE) + " " + s.domain() + ": " + s.score()
                            + (s.atIntake() ? " (screening ved indskrivningen)" : ""));
            list(
                    document,
                    "WHO-5 Trivselsindeks",
                    c.who5(),
                    w -> fmt(w.screenedOn(), DATE) + " svar " + w.answers() + ": indeks " + w.index() + " af 100");
            list(
                    document,
                    "SSP-bekymring (1-4, lavere er bedre)",
                    c.sspConcerns(),
                    e -> fmt(e.assessedOn(), DATE) + " niveau " + e.level() + " (registreret af " + e.recordedBy()
                            + ")");
            list(
                    document,
                    "Visitation",
                    c.visitations(),
                    v -> fmt(v.assessedAt(), TIME) + " belastningsgrad " + v.burdenGrade() + ", anbefaling "
                            + v.recommendation() + ": " + v.reasons()
                            + (v.decision() == null
                                    ? ""
                                    : "; afgjort " + v.decision() + " af " + v.decidedBy() + " "
                                            + fmt(v.decidedAt(), TIME)));
            list(
                    document,
                    "Handleplanens versioner",
                    c.planVersions(),
                    p -> "Version " + p.version() + ", aftalt " + fmt(p.agreedOn(), DATE) + ", gemt af " + p.savedBy()
                            + (p.goals() == null
                                    ? " (målene er ikke gemt)"
                                    : ": "
                                            + p.goals().stream()
                                                    .map(g -> g.administration().toUpperCase() + ": " + g.description()
                                                            + " (" + g.status() + ")")
                                                    .collect(java.util.stream.Collectors.joining("; "))));
            for (PersonRecords.UrgentSupportDecision d : c.urgentSupportDecisions()) {
                document.add(new Paragraph("Afgørelse om akut støtte under undersøgelsen", SUB));
                PdfPTable decision = table(2);
                row(decision, "Truffet", fmt(d.decidedAt(), TIME) + " af " + d.decidedBy());
                row(decision, "Støtte", support(d.support()) + (d.description() == null ? "" : ": " + d.description()));
                row(decision, "Begrundelse", d.reasons());
                row(decision, "Lovgrundlag", d.legalBasis());
                row(decision, "Klagevejledning", d.appealGuidance());
                row(decision, "Afgørelsesbrevet", d.letter() == null ? "Intet brev gemt" : d.letter());
                document.add(decision);
            }
            list(
                    document,
                    "Journal",
                    c.journal(),
                    j -> fmt(j.date(), DATE) + " " + j.kind() + " (" + j.author() + "): " + j.text()
                            + (j.attendance() == null ? "" : " Deltagere: " + j.attendance()));
            list(document, "Opgaver", c.tasks(), PersonRecordsPdf::task);
        }
        for (PersonRecords.AdultCourse c : r.adultCourses()) {
            document.add(new Paragraph("Voksenforløb " + c.courseNumber() + " (Klar / Parat / Start)", HEADING));
            PdfPTable facts = table(2);
            row(facts, "Henvist fra", c.referralSource());
            row(facts, "Status / fase", c.status() + " / " + c.phase());
            row(facts, "Mentor", c.mentor());
            row(facts, "Startet", fmt(c.startedAt(), TIME));
            row(facts, "Udskrevet", c.dischargedOn() == null ? "" : fmt(c.dischargedOn(), DATE) + " " + c.outcome());
            document.add(facts);
            list(document, "Faser", c.phases(), p -> p.phase() + " fra " + fmt(p.startedAt(), TIME));
            PdfPTable events = table(2);
            row(events, "Indskrevet", fmt(c.enrolledAt(), TIME));
            row(events, "Faldet fra", c.droppedOutAt() == null ? "Nej" : fmt(c.droppedOutAt(), TIME));
            document.add(events);
            list(
                    document,
                    "Lovovertrædelser under forløbet",
                    c.offences(),
                    o -> fmt(o.occurredOn(), DATE) + " " + ("PROSECUTED".equals(o.kind()) ? "tiltalt" : "sigtet")
                            + " (registreret af " + o.recordedBy() + ")");
            list(
                    document,
                    "Fagpersonernes vurderinger",
                    c.assessments(),
                    a -> fmt(a.assessedOn(), DATE) + " " + a.professional() + ": "
                            + (a.significantPositive()
                                    ? "markant positiv bevægelse (" + a.movementReason() + ")"
                                    : "ikke markant positiv bevægelse"));
            list(document, "Opgaver", c.tasks(), PersonRecordsPdf::task);
        }
        if (!r.reportsOfConcern().isEmpty()) {
            document.add(new Paragraph("Underretninger", HEADING));
            for (PersonRecords.ReportOfConcern c : r.reportsOfConcern()) {
                PdfPTable facts = table(2);
                row(facts, "Underretning", c.reportNumber());
                row(facts, "Modtaget", fmt(c.receivedAt(), TIME));
                row(facts, "Underretter", c.reporter());
                row(facts, "Indhold", c.content());
                row(
                        facts,
                        "Vurderet",
                        c.assessedAt() == null ? "Ikke vurderet endnu" : fmt(c.assessedAt(), TIME) + " " + c.outcome());
                if (c.receiptSentAt() != null) {
                    row(facts, "Kvittering sendt", fmt(c.receiptSentAt(), TIME));
                }
                if (c.familyCaseNumber() != null) {
                    row(facts, "Familiesag", c.familyCaseNumber());
                }
                document.add(facts);
            }
        }
        if (r.familyCases().isEmpty()
                && r.adultCourses().isEmpty()
                && r.reportsOfConcern().isEmpty()) {
            document.add(new Paragraph("Tværs har ingen sager om personen.", BODY));
        }
        document.close();
        return out.toByteArray();
    }

    private static String task(PersonRecords.Task t) {
        return t.name() + " – " + String.join(", ", t.groups()) + " – oprettet " + fmt(t.created(), TIME)
                + (t.completed() == null ? "" : ", afsluttet " + fmt(t.completed(), TIME)) + " – " + state(t.state());
    }

    private static String support(String support) {
        return switch (support) {
            case "FAMILY_TREATMENT" -> "Familiebehandling";
            case "MENTOR" -> "Mentor";
            default -> "Anden støtte";
        };
    }

    private static String state(String state) {
        return switch (state) {
            case "DONE" -> "afsluttet";
            case "OVERDUE" -> "overskredet";
            case "CANCELLED" -> "lukket";
            default -> "åben";
        };
    }

    private static <T> void list(
            Document document, String heading, List<T> items, java.util.function.Function<T, String> line) {
        if (items.isEmpty()) {
            return;
        }
        document.add(new Paragraph(heading, SUB));
        for (T item : items) {
            document.add(new Paragraph("• " + line.apply(item), BODY));
        }
    }

    private static String fmt(TemporalAccessor value, DateTimeFormatter format) {
        return value == null ? "" : format.format(value);
    }

    private static PdfPTable table(int columns) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        return table;
    }

    private static void row(PdfPTable table, String label, String value) {
        table.addCell(new PdfPCell(new Paragraph(label, SUB)));
        table.addCell(new PdfPCell(new Paragraph(value == null ? "" : value, BODY)));
    }

    private PersonRecordsPdf() {}
}
