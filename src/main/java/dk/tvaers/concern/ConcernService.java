package dk.tvaers.concern;

import dk.tvaers.family.MemberQueries;
import dk.tvaers.kernel.Cpr;
import dk.tvaers.kernel.InvalidInputException;
import dk.tvaers.kernel.NotFoundException;
import dk.tvaers.kernel.NumberSequence;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers reports of concern and records what became of them. A report is checked once (the child's CPR number, a
 * professional reporter's organisation and contact for the receipt, the time of receipt), stored with a report number
 * (UR-2026-00001, also the business key of its process) and linked to the open family case the child is in, if any.
 */
@Service
public class ConcernService {

    static final String PREFIX = "UR";
    static final int MAX_CONTENT = 4000;

    private final ReportOfConcernRepository reports;
    private final MemberQueries members;
    private final NumberSequence sequence;
    private final Clock clock;

    ConcernService(ReportOfConcernRepository reports, MemberQueries members, NumberSequence sequence, Clock clock) {
        this.reports = reports;
        this.members = members;
        this.sequence = sequence;
        this.clock = clock;
    }

    /** A stored report: its number, who reported, when, and the open family case the child is in (or null). */
    public record Registered(
            String reportNumber, ReporterKind reporterKind, OffsetDateTime receivedAt, String openCaseNumber) {}

    /** The child and the content of a report, to refer the child to the method without retyping. */
    public record ForReferral(String childName, Cpr childCpr, String content, LocalDate receivedOn) {}

    /** One report as the reports screen lists it. */
    public record Listed(
            String reportNumber,
            OffsetDateTime receivedAt,
            String childName,
            String childCprMasked,
            boolean sibling,
            ReporterKind reporterKind,
            String reporter,
            String content,
            ConcernOutcome outcome,
            String familyCaseNumber) {}

    /**
     * A report about the person, for a records export (aktindsigt): what was reported, by what kind of reporter, and
     * what became of it. A private reporter's name is not given; a professional's workplace and role are.
     */
    public record AboutChild(
            String reportNumber,
            OffsetDateTime receivedAt,
            ReporterKind reporterKind,
            String reporter,
            String content,
            ConcernOutcome outcome,
            OffsetDateTime assessedAt,
            OffsetDateTime receiptSentAt,
            String familyCaseNumber) {}

    /** One report as a task's "Sag" tab shows it; the child's name and date of birth are null once anonymised. */
    public record Summary(
            String reportNumber,
            ReporterKind reporterKind,
            String reporter,
            OffsetDateTime receivedAt,
            String childName,
            LocalDate childDateOfBirth,
            String content,
            ConcernOutcome outcome,
            String familyCaseNumber,
            OffsetDateTime receiptSentAt) {}

    /** The report for a task of its process. */
    @Transactional(readOnly = true)
    public Summary summary(String reportNumber) {
        ReportOfConcern r = get(reportNumber);
        boolean gone = r.isAnonymised();
        return new Summary(
                r.getReportNumber(),
                r.getReporterKind(),
                gone ? "Anonymiseret" : reporter(r),
                r.getReceivedAt(),
                gone ? null : r.getChildName(),
                gone ? null : r.getChildCpr().dateOfBirth(),
                gone ? null : r.getContent(),
                r.getOutcome(),
                r.getFamilyCaseNumber(),
                r.getReceiptSentAt());
    }

    /**
     * The receipt to a professional reporter as a Danish letter (PDF), signed by the authority, naming the paragraph
     * label that requires it. A private person's report, or one retention has anonymised, has none (404).
     */
    @Transactional(readOnly = true)
    public byte[] receiptLetter(String reportNumber, String authority, String legalBasis) {
        ReportOfConcern r = get(reportNumber);
        if (r.getReporterKind() != ReporterKind.PROFESSIONAL || r.isAnonymised()) {
            throw new NoReceiptException(reportNumber);
        }
        return ReceiptLetterPdf.render(new ReceiptLetterPdf.Letter(
                authority,
                r.getReportNumber(),
                LocalDate.now(clock),
                r.getReporterName(),
                r.getReporterRole(),
                r.getReporterOrganisation(),
                r.getReporterContact(),
                r.getReceivedAt().atZoneSameInstant(clock.getZone()),
                r.getChildName(),
                legalBasis));
    }

    /** A report that gets no receipt letter: a private person's, or one anonymised. */
    public static final class NoReceiptException extends NotFoundException {
        NoReceiptException(String reportNumber) {
            super(
                    "reportNumber",
                    "Underretningen " + reportNumber + " er fra en privatperson eller anonymiseret og får ingen"
                            + " kvittering");
        }
    }

    /** Every report about the child with this CPR number (ten digits), oldest first. */
    @Transactional(readOnly = true)
    public List<AboutChild> reportsAbout(String childCpr) {
        return reports.findByChildCprIn(List.of(childCpr)).stream()
                .sorted(Comparator.comparing(ReportOfConcern::getReceivedAt))
                .map(r -> new AboutChild(
                        r.getReportNumber(),
                        r.getReceivedAt(),
                        r.getReporterKind(),
                        r.getReporterKind() == ReporterKind.PRIVATE
                                ? "Privatperson (navnet udleveres ikke)"
                                : "Fagperson: "
                                        + String.join(
                                                ", ",
                                                java.util.stream.Stream.of(
                                                                r.getReporterRole(), r.getReporterOrganisation())
                                                        .filter(java.util.Objects::nonNull)
                                                        .toList()),
                        r.getContent(),
                        r.getOutcome(),
                        r.getAssessedAt(),
                        r.getReceiptSentAt(),
                        r.getFamilyCaseNumber()))
                .toList();
    }

    /** Checks and stores a report; bad input stores nothing and names the field. */
    @Transactional
    public Registered register(NewConcern report, String registeredBy) {
        if (report == null) {
            throw new InvalidInputException("reporterKind", "Underretningen mangler");
        }
        if (report.reporterKind() == null) {
            throw new InvalidInputException("reporterKind", "Angiv, om underretteren er fagperson eller privatperson");
        }
        if (text(report.childName()) == null) {
            throw new InvalidInputException("childName", "Barnets navn mangler");
        }
        Cpr cpr = childCpr(report.childCpr());
        String content = text(report.content());
        if (content == null) {
            throw new InvalidInputException("content", "Underretningens indhold mangler");
        }
        if (content.length() > MAX_CONTENT) {
            throw new InvalidInputException("content", "Underretningen må højst være " + MAX_CONTENT + " tegn");
        }
        if (report.reporterKind() == ReporterKind.PROFESSIONAL) {
            if (text(report.reporterOrganisation()) == null) {
                throw new InvalidInputException(
                        "reporterOrganisation", "En fagperson skal angive sit arbejdssted (til kvitteringen)");
            }
            if (text(report.reporterContact()) == null) {
                throw new InvalidInputException(
                        "reporterContact", "En fagperson skal angive, hvor kvitteringen skal sendes hen");
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime receivedAt = report.receivedAt() == null ? now : report.receivedAt();
        if (receivedAt.isAfter(now.plusMinutes(5))) {
            throw new InvalidInputException("receivedAt", "Modtagelsestidspunktet kan ikke ligge i fremtiden");
        }
        String openCase = openCaseOf(cpr).orElse(null);
        long id = sequence.next("report_of_concern_seq");
        String number = "%s-%d-%05d".formatted(PREFIX, LocalDate.now(clock).getYear(), id);
        reports.save(new ReportOfConcern(id, number, receivedAt, registeredBy, report, cpr, openCase));
        return new Registered(number, report.reporterKind(), receivedAt, openCase);
    }

    /** The open family case the child with this CPR number is a member of, if any (the newest one). */
    public Optional<String> openCaseOf(Cpr cpr) {
        return members.memberships(cpr.value()).stream()
                .filter(m -> "OPEN".equals(m.status()))
                .reduce((first, second) -> second)
                .map(MemberQueries.Membership::caseNumber);
    }

    /** The report's child and content for a referral to the method. */
    @Transactional(readOnly = true)
    public ForReferral forReferral(String reportNumber) {
        ReportOfConcern report = get(reportNumber);
        return new ForReferral(
                report.getChildName(),
                report.getChildCpr(),
                report.getContent(),
                report.getReceivedAt().atZoneSameInstant(clock.getZone()).toLocalDate());
    }

    /** Records the assessment's outcome; a referral names the family case it opened. */
    @Transactional
    public void assessed(String reportNumber, ConcernOutcome outcome, String assessedBy, String familyCaseNumber) {
        get(reportNumber).assessed(outcome, assessedBy, OffsetDateTime.now(clock), familyCaseNumber);
    }

    /** Records that the receipt went to the professional reporter. */
    @Transactional
    public void receiptSent(String reportNumber) {
        get(reportNumber).receiptSent(OffsetDateTime.now(clock));
    }

    /** Whether the report exists. */
    @Transactional(readOnly = true)
    public boolean exists(String reportNumber) {
        return reportNumber != null && reports.findByReportNumber(reportNumber).isPresent();
    }

    /**
     * Every report on the report's child and on the child's siblings (the other children and young people of the
     * family cases the child is in), newest first.
     */
    @Transactional(readOnly = true)
    public List<Listed> related(String reportNumber) {
        ReportOfConcern report = get(reportNumber);
        if (report.isAnonymised()) {
            // retention removed the child: the report is listed alone, without personal data
            return List.of(listed(report, null));
        }
        String cpr = report.getChildCpr().value();
        Set<String> siblings = members.siblingsCprs(cpr);
        List<String> wanted = new ArrayList<>(siblings);
        wanted.add(cpr);
        return reports.findByChildCprIn(wanted).stream()
                .sorted(Comparator.comparing(ReportOfConcern::getReceivedAt)
                        .reversed()
                        .thenComparing(ReportOfConcern::getReportNumber, Comparator.reverseOrder()))
                .map(r -> listed(r, cpr))
                .toList();
    }

    private static Listed listed(ReportOfConcern r, String childCpr) {
        return new Listed(
                r.getReportNumber(),
                r.getReceivedAt(),
                r.isAnonymised() ? "Anonymiseret" : r.getChildName(),
                r.isAnonymised() ? "" : r.getChildCpr().toString(),
                childCpr != null && !r.getChildCpr().value().equals(childCpr),
                r.getReporterKind(),
                r.isAnonymised() ? "Anonymiseret" : reporter(r),
                r.isAnonymised() ? "" : r.getContent(),
                r.getOutcome(),
                r.getFamilyCaseNumber());
    }

    /** How many reports are stored (tests compare before and after a refusal). */
    @Transactional(readOnly = true)
    public long count() {
        return reports.count();
    }

    private static String reporter(ReportOfConcern r) {
        if (r.getReporterKind() == ReporterKind.PRIVATE) {
            return r.getReporterName() == null ? "Privatperson (anonym)" : "Privatperson: " + r.getReporterName();
        }
        List<String> parts = new ArrayList<>();
        for (String part : List.of(
                nullToEmpty(r.getReporterName()),
                nullToEmpty(r.getReporterRole()),
                nullToEmpty(r.getReporterOrganisation()))) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return "Fagperson: " + String.join(", ", parts);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private ReportOfConcern get(String reportNumber) {
        return reports.findByReportNumber(reportNumber).orElseThrow(() -> new ReportNotFoundException(reportNumber));
    }

    /** A report number that names no report. */
    public static final class ReportNotFoundException extends NotFoundException {
        public ReportNotFoundException(String reportNumber) {
            super("reportNumber", "Underretningen " + reportNumber + " findes ikke");
        }
    }

    private static Cpr childCpr(String text) {
        try {
            return Cpr.parse(text);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("childCpr", e.getMessage());
        }
    }

    /** Blank is absent; otherwise stripped. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
