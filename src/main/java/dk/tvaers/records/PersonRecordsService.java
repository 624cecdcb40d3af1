package dk.tvaers.records;

import dk.tvaers.adult.AdultMeasuresService;
import dk.tvaers.adult.CourseMeasures;
import dk.tvaers.adult.CourseQueries;
import dk.tvaers.board.CaseTimelineService;
import dk.tvaers.concern.ConcernService;
import dk.tvaers.family.CaseQueries;
import dk.tvaers.family.MemberQueries;
import dk.tvaers.family.UrgentSupportDecisions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers everything held on one person for a records export (aktindsigt): every family case she is a member of
 * (found by her CPR number, so across cases) with her screenings (those at intake marked), WHO-5 answers, SSP concern
 * levels, the family's visitation and every version of the plan with her goals; every adult course of hers with its
 * enrolment and drop-out, offences and the professionals' assessments; the tasks worked on them from the engine's
 * history; the team chief's decisions on urgent support in her cases with their letters; and every report of concern about her (by her CPR number). Other persons are redacted from names and free text.
 */
@Service
public class PersonRecordsService {

    private final MemberQueries members;
    private final CaseQueries cases;
    private final CourseQueries courses;
    private final AdultMeasuresService measures;
    private final CaseTimelineService timelines;
    private final ConcernService concerns;
    private final UrgentSupportDecisions urgentSupport;
    private final Clock clock;

    public PersonRecordsService(
            MemberQueries members,
            CaseQueries cases,
            CourseQueries courses,
            AdultMeasuresService measures,
            CaseTimelineService timelines,
            ConcernService concerns,
            UrgentSupportDecisions urgentSupport,
            Clock clock) {
        this.members = members;
        this.cases = cases;
        this.courses = courses;
        this.measures = measures;
        this.timelines = timelines;
        this.concerns = concerns;
        this.urgentSupport = urgentSupport;
        this.clock = clock;
    }

    /** The person's records, or empty when no member has this id. */
    @Transactional(readOnly = true)
    public Optional<PersonRecords> export(long memberId, String requestedBy) {
        Optional<MemberQueries.Person> found = members.person(memberId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String name = found.get().name();
        String cpr = found.get().cpr();
        if (cpr == null) {
            return Optional.empty(); // anonymised after the retention period: nothing personal is held any more
        }
        List<MemberQueries.Membership> memberships = members.memberships(cpr);
        List<CourseQueries.Course> theirCourses = courses.coursesOf(cpr);
        Set<String> otherNames = members.otherMembersNames(cpr);
        Redactor redactor = new Redactor(cpr, name, otherNames);

        List<PersonRecords.FamilyCase> familyCases = new ArrayList<>();
        for (MemberQueries.Membership m : memberships) {
            familyCases.add(familyCase(m, cpr, redactor));
        }
        List<PersonRecords.AdultCourse> adult = new ArrayList<>();
        for (CourseQueries.Course c : theirCourses) {
            adult.add(adultCourse(c, redactor));
        }
        return Optional.of(new PersonRecords(
                OffsetDateTime.now(clock),
                requestedBy,
                new PersonRecords.Person(name, cpr, found.get().dateOfBirth()),
                familyCases,
                adult,
                concerns.reportsAbout(cpr).stream()
                        .map(c -> new PersonRecords.ReportOfConcern(
                                c.reportNumber(),
                                c.receivedAt(),
                                c.reporter(),
                                redactor.redact(c.content()),
                                c.outcome() == null ? null : c.outcome().name(),
                                c.assessedAt(),
                                c.receiptSentAt(),
                                c.familyCaseNumber()))
                        .toList(),
                "Andre personers navne og CPR-numre er udeladt og vist som " + Redactor.REDACTED + "."));
    }

    private PersonRecords.FamilyCase familyCase(MemberQueries.Membership m, String cpr, Redactor redactor) {
        PersonRecords.Referral referral = members.referral(m.caseId())
                .map(r -> new PersonRecords.Referral(
                        r.source(), redactor.redact(r.concern()), r.sspCategory(), r.awarenessDate()))
                .orElse(null);
        List<PersonRecords.OtherMember> others = members.otherMembersRoles(m.caseId(), cpr).stream()
                .map(role -> new PersonRecords.OtherMember(role, Redactor.REDACTED))
                .toList();
        List<PersonRecords.Phase> phases = cases.phases(m.caseId()).stream()
                .map(p -> new PersonRecords.Phase(p.phase(), time(p.startedAt())))
                .toList();
        List<PersonRecords.Goal> goals = members.goals(m.memberId()).stream()
                .map(g -> new PersonRecords.Goal(g.administration(), redactor.redact(g.description()), g.status()))
                .toList();
        List<MemberQueries.Visitation> visitationRows = members.visitations(m.caseId());
        // the screening at intake: before the team chief decided the visitation (or all of them while undecided)
        LocalDate decided = visitationRows.stream()
                .filter(v -> v.decidedAt() != null)
                .map(v -> v.decidedAt().atZone(zone()).toLocalDate())
                .findFirst()
                .orElse(null);
        List<PersonRecords.Screening> screenings = members.screenings(m.memberId()).stream()
                .map(s -> new PersonRecords.Screening(
                        s.screenedOn(),
                        s.domain(),
                        s.score(),
                        decided == null || !s.screenedOn().isAfter(decided)))
                .toList();
        List<PersonRecords.Who5> who5 = members.who5(m.memberId()).stream()
                .map(w -> new PersonRecords.Who5(w.screenedOn(), w.items(), dk.tvaers.family.Who5.index(w.items())))
                .toList();
        List<PersonRecords.SspConcern> ssp = members.sspConcerns(m.memberId()).stream()
                .map(e -> new PersonRecords.SspConcern(e.assessedOn(), e.level(), e.recordedBy()))
                .toList();
        List<PersonRecords.Visitation> visitations = visitationRows.stream()
                .map(v -> new PersonRecords.Visitation(
                        time(v.assessedAt()),
                        v.sspCategory(),
                        v.problemCount(),
                        v.burdenGrade(),
                        v.recommendation(),
                        redactor.redact(v.reasons()),
                        v.decision(),
                        v.decidedBy(),
                        time(v.decidedAt())))
                .toList();
        List<PersonRecords.PlanVersion> plans = members.planVersions(m.caseId(), m.memberId()).stream()
                .map(p -> new PersonRecords.PlanVersion(
                        p.version(),
                        p.agreedOn(),
                        p.savedBy(),
                        time(p.savedAt()),
                        p.goals() == null
                                ? null
                                : p.goals().stream()
                                        .map(g -> new PersonRecords.Goal(
                                                g.administration(), redactor.redact(g.description()), g.status()))
                                        .toList()))
                .toList();
        List<PersonRecords.Journal> journal = members.journal(m.caseId()).stream()
                .map(j -> new PersonRecords.Journal(
                        j.entryDate(),
                        j.kind(),
                        j.author(),
                        redactor.redact(j.text()),
                        redactor.redact(j.attendance())))
                .toList();
        return new PersonRecords.FamilyCase(
                m.caseNumber(),
                m.district(),
                m.role(),
                m.status(),
                m.phase(),
                time(m.createdAt()),
                time(m.closedAt()),
                m.closeReason(),
                m.outcome(),
                referral,
                others,
                phases,
                goals,
                members.consents(m.memberId()),
                screenings,
                who5,
                ssp,
                visitations,
                plans,
                urgentSupportDecisions(m.caseNumber(), redactor),
                journal,
                tasks(m.caseNumber(), redactor));
    }

    private PersonRecords.AdultCourse adultCourse(CourseQueries.Course c, Redactor redactor) {
        List<PersonRecords.Phase> phases = courses.phases(c.id()).stream()
                .map(p -> new PersonRecords.Phase(p.phase(), time(p.startedAt())))
                .toList();
        CourseMeasures measured = measures.measures(c.courseNumber());
        return new PersonRecords.AdultCourse(
                c.courseNumber(),
                c.referralSource(),
                c.district(),
                c.status(),
                c.phase(),
                c.mentor(),
                time(c.startedAt()),
                c.dischargedOn(),
                c.outcome(),
                c.movementReason(),
                phases,
                time(measured.enrolledAt()),
                time(measured.droppedOutAt()),
                measured.offences().stream()
                        .map(o -> new PersonRecords.Offence(
                                o.occurredOn(), o.kind().name(), o.recordedBy()))
                        .toList(),
                measured.assessments().stream()
                        .map(a -> new PersonRecords.Assessment(
                                a.professional(),
                                a.significantPositive(),
                                a.movementReason() == null
                                        ? null
                                        : a.movementReason().name(),
                                a.assessedOn()))
                        .toList(),
                tasks(c.courseNumber(), redactor));
    }

    /**
     * The case's decisions on urgent support with the text of their letters, other persons (the letter's other
     * parties among them) redacted.
     */
    private List<PersonRecords.UrgentSupportDecision> urgentSupportDecisions(String caseNumber, Redactor redactor) {
        return urgentSupport.withLetters(caseNumber).stream()
                .map(d -> new PersonRecords.UrgentSupportDecision(
                        d.decision().decidedAt() == null
                                ? null
                                : d.decision()
                                        .decidedAt()
                                        .atZoneSameInstant(zone())
                                        .toOffsetDateTime(),
                        d.decision().decidedBy(),
                        d.decision().support().name(),
                        redactor.redact(d.decision().description()),
                        redactor.redact(d.decision().reasons()),
                        d.decision().legalBasis(),
                        d.appealGuidance(),
                        redactor.redact(LetterText.of(d.letter()))))
                .toList();
    }

    /** The tasks of the record's process instances and those they called, from the engine's history. */
    private List<PersonRecords.Task> tasks(String businessKey, Redactor redactor) {
        return timelines.tasks(businessKey).stream()
                .map(task -> new PersonRecords.Task(
                        redactor.redact(task.name()),
                        task.candidateGroups(),
                        task.assignee(),
                        task.created(),
                        task.due(),
                        task.completed(),
                        task.state().name()))
                .toList();
    }

    private OffsetDateTime time(Instant value) {
        return value == null ? null : value.atZone(zone()).toOffsetDateTime();
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
