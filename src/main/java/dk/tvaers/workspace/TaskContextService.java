package dk.tvaers.workspace;

import static dk.tvaers.workspace.TaskContextLabels.date;
import static dk.tvaers.workspace.TaskContextLabels.firstName;
import static dk.tvaers.workspace.TaskContextLabels.word;

import dk.tvaers.access.AccessLog;
import dk.tvaers.access.AccessLogEntry;
import dk.tvaers.access.CaseAccessPolicy;
import dk.tvaers.access.Purpose;
import dk.tvaers.access.RecordAccessDeniedException;
import dk.tvaers.access.RecordType;
import dk.tvaers.access.Viewer;
import dk.tvaers.adult.AdultCourseService;
import dk.tvaers.adult.AdultCourseView;
import dk.tvaers.concern.ConcernService;
import dk.tvaers.family.CaseLifecycle;
import dk.tvaers.family.CaseRecordService;
import dk.tvaers.family.CaseRecordView;
import dk.tvaers.family.VisitationRecords;
import dk.tvaers.kernel.NotFoundException;
import dk.tvaers.process.EngineReadModel;
import dk.tvaers.process.LegalBasis;
import dk.tvaers.process.ProcessDeadlines;
import dk.tvaers.process.TaskCases;
import dk.tvaers.process.TaskCases.TaskCase;
import dk.tvaers.process.WorkingDays;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * A task's case for Tasklist: the card's few facts and the "Sag" tab's whole context. Answered only when the engine
 * lets the user read the task and need-to-know lets her open its case; every answer, granted or denied, is in the
 * access log.
 */
@Service
public class TaskContextService {

    /** The view names in the access log. */
    static final String VIEW_CONTEXT = "task-context";

    static final String VIEW_CARD = "task-card";

    /** The most task ids one card request may name (Tasklist pages hold 15). */
    static final int MAX_CARDS = 50;

    static final int JOURNAL_NOTES = 10;

    // the tasks whose decision the tab prepares (bpmn/family-intervention.bpmn, bpmn/adult-pathway.bpmn)
    static final Set<String> VISITATION = Set.of("user_decide_visitation", "user_followup_decide_visitation");
    static final Set<String> HANDOVER_AT_18 =
            Set.of("user_decide_handover_at_18", "user_followup_decide_handover_at_18", "user_handover_adult_support");
    static final Set<String> DISCHARGE =
            Set.of("user_discharge", "user_followup_discharge", "user_review_course_length");
    static final Set<String> INVESTIGATION =
            Set.of("user_child_investigation", "user_warn_team_chief", "user_preliminary_assessment");

    private final TaskCases taskCases;
    private final CaseAccessPolicy policy;
    private final AccessLog log;
    private final IdentityService identity;
    private final CaseRecordService records;
    private final CaseLifecycle lifecycle;
    private final AdultCourseService courses;
    private final EngineReadModel engine;
    private final ProcessDeadlines deadlines;
    private final LegalBasis legalBasis;
    private final ConcernService concerns;
    private final WorkingDays workingDays;
    private final Clock clock;
    private final WorkspaceLabels labels;
    private final int familiesPerDistrict;
    private final VisitationRecords visitation;

    TaskContextService(
            TaskCases taskCases,
            CaseAccessPolicy policy,
            AccessLog log,
            IdentityService identity,
            CaseRecordService records,
            CaseLifecycle lifecycle,
            AdultCourseService courses,
            EngineReadModel engine,
            ProcessDeadlines deadlines,
            LegalBasis legalBasis,
            ConcernService concerns,
            WorkingDays workingDays,
            WorkspaceLabels labels,
            Clock clock,
            @Value("${tvaers.capacity.families-per-district:10}") int familiesPerDistrict,
            VisitationRecords visitation) {
        this.visitation = visitation;
        this.taskCases = taskCases;
        this.policy = policy;
        this.log = log;
        this.identity = identity;
        this.records = records;
        this.lifecycle = lifecycle;
        this.courses = courses;
        this.engine = engine;
        this.deadlines = deadlines;
        this.legalBasis = legalBasis;
        this.concerns = concerns;
        this.workingDays = workingDays;
        this.labels = labels;
        this.clock = clock;
        this.familiesPerDistrict = familiesPerDistrict;
    }

    /** The whole case context of one task; 404 for an unknown task, 403 (logged) for a task or case she may not see. */
    public TaskContext context(String taskId, HttpServletRequest request) {
        TaskCase task = taskCases.find(List.of(taskId)).get(taskId);
        if (task == null || task.businessKey() == null) {
            throw new TaskNotFoundException();
        }
        Viewer viewer = Viewer.of(identity.getCurrentAuthentication());
        boolean granted =
                mayOpen(viewer, task, !taskCases.readable(List.of(taskId)).isEmpty());
        log.record(entry(viewer, task, VIEW_CONTEXT, granted, request));
        if (!granted) {
            throw new RecordAccessDeniedException(Purpose.CASE_WORK);
        }
        if (task.reportOfConcern()) {
            return concernContext(task);
        }
        return task.adultCourse() ? courseContext(task) : caseContext(task);
    }

    /**
     * The cards of the tasks among these ids that she may see and whose case she may open; the others are left out.
     * One entry in the access log per task answered or refused.
     */
    public List<TaskContextCard> cards(Collection<String> taskIds, HttpServletRequest request) {
        List<String> ids = taskIds.stream().filter(Objects::nonNull).distinct().toList();
        if (ids.size() > MAX_CARDS) {
            throw new dk.tvaers.kernel.InvalidInputException("ids", "Højst " + MAX_CARDS + " opgaver ad gangen");
        }
        Viewer viewer = Viewer.of(identity.getCurrentAuthentication());
        Map<String, TaskCase> found = taskCases.find(ids);
        Set<String> readable = taskCases.readable(found.keySet());
        List<AccessLogEntry> entries = new ArrayList<>();
        Map<String, CaseRecordView> families = new HashMap<>();
        Map<String, AdultCourseView> adults = new HashMap<>();
        List<TaskContextCard> cards = new ArrayList<>();
        for (TaskCase task : found.values()) {
            if (task.businessKey() == null) {
                continue;
            }
            boolean granted = mayOpen(viewer, task, readable.contains(task.taskId()));
            entries.add(entry(viewer, task, VIEW_CARD, granted, request));
            if (!granted) {
                continue;
            }
            if (task.reportOfConcern()) {
                ConcernService.Summary r = concerns.summary(task.businessKey());
                cards.add(new TaskContextCard(
                        task.taskId(),
                        r.reportNumber(),
                        null,
                        r.childName() == null ? null : firstName(r.childName()),
                        r.childDateOfBirth() == null
                                ? null
                                : java.time.Period.between(r.childDateOfBirth(), LocalDate.now(clock))
                                        .getYears(),
                        concernUrl(r.reportNumber())));
            } else if (task.adultCourse()) {
                AdultCourseView course = adults.computeIfAbsent(task.businessKey(), courses::view);
                cards.add(new TaskContextCard(
                        task.taskId(),
                        course.courseNumber(),
                        course.district(),
                        firstName(course.name()),
                        course.age(),
                        WorkspaceCourseController.courseUrl(course.courseNumber())));
            } else {
                CaseRecordView c = families.computeIfAbsent(task.businessKey(), records::view);
                CaseRecordView.Member person = member(c, task.memberId());
                cards.add(new TaskContextCard(
                        task.taskId(),
                        c.caseNumber(),
                        c.district(),
                        person == null ? null : firstName(person.name()),
                        person == null ? null : person.age(),
                        workspaceUrl(c.caseNumber())));
            }
        }
        log.recordAll(entries);
        return cards;
    }

    private boolean mayOpen(Viewer viewer, TaskCase task, boolean taskReadable) {
        return taskReadable && policy.allowed(viewer, type(task), task.businessKey(), Purpose.CASE_WORK);
    }

    private AccessLogEntry entry(
            Viewer viewer, TaskCase task, String view, boolean granted, HttpServletRequest request) {
        return log.entry(
                viewer,
                type(task),
                task.businessKey(),
                view,
                AccessLogEntry.Action.READ,
                granted ? AccessLogEntry.Outcome.GRANTED : AccessLogEntry.Outcome.DENIED,
                request);
    }

    private static RecordType type(TaskCase task) {
        if (task.reportOfConcern()) {
            return RecordType.REPORT_OF_CONCERN;
        }
        return task.adultCourse() ? RecordType.ADULT_COURSE : RecordType.FAMILY_CASE;
    }

    static String workspaceUrl(String caseNumber) {
        return "/workspace/cases/" + caseNumber;
    }

    /** Where the task's work is written: the team chief's urgent support decision has its own screen. */
    private static String workspaceUrl(TaskCase task, String caseNumber) {
        return URGENT_SUPPORT_DECISION.equals(task.taskKey())
                ? workspaceUrl(caseNumber) + "/urgent-support"
                : workspaceUrl(caseNumber);
    }

    private static final String URGENT_SUPPORT_DECISION =
            dk.tvaers.process.FamilyInterventionProcess.USER_DECIDE_URGENT_SUPPORT;

    private TaskContext caseContext(TaskCase task) {
        CaseRecordView c = records.view(task.businessKey());
        Map<Long, CaseRecordView.Member> members =
                c.members().stream().collect(Collectors.toMap(CaseRecordView.Member::id, Function.identity()));
        Function<Long, String> nameOf = id -> {
            CaseRecordView.Member m = members.get(id);
            return m == null || m.name() == null ? "Anonymiseret medlem" : m.name();
        };
        CaseRecordView.Member person = member(c, task.memberId());
        CaseRecordView.Referral referral = c.referral();

        List<TaskContext.Deadline> dates = new ArrayList<>();
        if (task.due() != null) {
            dates.add(deadline("Opgavens frist", localDate(task.due())));
        }
        boolean hasChild = c.members().stream().anyMatch(m -> m.role() == dk.tvaers.family.MemberRole.CHILD);
        if (referral != null && referral.awarenessDate() != null && hasChild) {
            dates.add(deadline(
                    "Lovens frist for den børnefaglige undersøgelse (" + legalBasis.getChildInvestigation() + ")",
                    referral.awarenessDate().plus(deadlines.investigation())));
        }

        TaskContext.Plan plan = c.plan() == null
                ? null
                : new TaskContext.Plan(
                        date(c.plan().agreedOn()),
                        c.plan().goals().stream()
                                .map(g -> new TaskContext.Goal(
                                        nameOf.apply(g.memberId()),
                                        TaskContextLabels.group(g.administration()),
                                        g.description(),
                                        word(g.status())))
                                .toList(),
                        c.plan().consents().stream()
                                .map(k -> new TaskContext.Consent(nameOf.apply(k.memberId()), date(k.consentedOn())))
                                .toList());

        List<TaskContext.JournalNote> journal = c.journal().stream()
                .sorted(Comparator.comparing(CaseRecordView.Journal::entryDate)
                        .thenComparing(CaseRecordView.Journal::id)
                        .reversed())
                .limit(JOURNAL_NOTES)
                .map(j -> new TaskContext.JournalNote(
                        date(j.entryDate()), word(j.kind()), j.author(), j.text(), j.attendance()))
                .toList();

        return new TaskContext(
                task.taskId(),
                task.name(),
                RecordType.FAMILY_CASE.name(),
                c.caseNumber(),
                c.district(),
                word(c.phase()),
                person == null
                        ? null
                        : new TaskContext.Person(firstName(person.name()), person.age(), word(person.role())),
                c.members().stream()
                        .map(m -> new TaskContext.Member(
                                m.name() == null ? "Anonymiseret medlem" : m.name(), word(m.role()), m.age()))
                        .toList(),
                referral == null
                        ? null
                        : new TaskContext.Referral(
                                word(referral.source()),
                                referral.concern(),
                                referral.sspCategory(),
                                date(referral.awarenessDate())),
                dates,
                decision(task, c, nameOf),
                plan,
                c.latestScreenings().stream()
                        .map(s -> new TaskContext.Screening(
                                nameOf.apply(s.memberId()),
                                date(s.screenedOn()),
                                s.scores().entrySet().stream()
                                        .map(e -> new TaskContext.Score(word(e.getKey()), e.getValue()))
                                        .toList()))
                        .toList(),
                journal,
                openTasks(task),
                workspaceUrl(task, c.caseNumber()),
                c.investigations().stream()
                        .map(i -> labels.investigationCovers(c, i) + " – " + labels.investigationExtent(i)
                                + (i.extentReason() == null ? "" : ". Begrundelse: " + i.extentReason()))
                        .toList(),
                List.of());
    }

    /**
     * A task of "Modtag underretning": the report (who reported, when, the child, what), its deadlines (24 hours for
     * the assessment, 6 working days for a professional's receipt) and every report on the child and its siblings.
     */
    private TaskContext concernContext(TaskCase task) {
        ConcernService.Summary r = concerns.summary(task.businessKey());
        LocalDate today = LocalDate.now(clock);
        Integer age = r.childDateOfBirth() == null
                ? null
                : java.time.Period.between(r.childDateOfBirth(), today).getYears();
        String receivedAt = r.receivedAt().toInstant().toString();
        List<TaskContext.Deadline> dates = new ArrayList<>();
        if (task.due() != null) {
            dates.add(new TaskContext.Deadline(
                    "Opgavens frist", localDate(task.due().minusSeconds(1)), "Opgavens frist: " + dueText(task.due())));
        }
        List<TaskContext.Fact> facts = new ArrayList<>();
        facts.add(new TaskContext.Fact(
                "Underretter",
                r.reporterKind() == dk.tvaers.concern.ReporterKind.PROFESSIONAL
                        ? r.reporter()
                        : r.reporter() + " (får ingen kvittering)"));
        facts.add(new TaskContext.Fact("Modtaget", dateTime(r.receivedAt().toInstant())));
        facts.add(new TaskContext.Fact(
                "Vurderes senest (" + legalBasis.getConcernAssessment() + ")",
                r.outcome() == null
                        ? dueText(deadlines.concernAssessmentDue(receivedAt).toInstant())
                        : "Vurderet: " + WorkspaceConcernController.OUTCOMES.get(r.outcome())));
        if (r.reporterKind() == dk.tvaers.concern.ReporterKind.PROFESSIONAL) {
            facts.add(new TaskContext.Fact(
                    "Kvittering senest (" + legalBasis.getConcernReceipt() + ")",
                    r.receiptSentAt() == null
                            ? dueText(workingDays.receiptDue(receivedAt).toInstant())
                            : "Sendt " + dateTime(r.receiptSentAt().toInstant())));
        }
        facts.add(new TaskContext.Fact(
                "Barn",
                r.childName() == null ? "Anonymiseret" : r.childName() + (age == null ? "" : ", " + age + " år")));
        facts.add(new TaskContext.Fact("Indhold", r.content()));
        if (r.familyCaseNumber() != null) {
            facts.add(new TaskContext.Fact("Familiesag", r.familyCaseNumber()));
        }
        List<TaskContext.Report> reports = concerns.related(r.reportNumber()).stream()
                .map(l -> new TaskContext.Report(
                        l.reportNumber(),
                        dateTime(l.receivedAt().toInstant()),
                        l.childName(),
                        l.sibling(),
                        l.reporter(),
                        l.outcome() == null
                                ? "Ikke vurderet endnu"
                                : WorkspaceConcernController.OUTCOMES.get(l.outcome()),
                        l.reportNumber().equals(r.reportNumber())))
                .toList();
        return new TaskContext(
                task.taskId(),
                task.name(),
                RecordType.REPORT_OF_CONCERN.name(),
                r.reportNumber(),
                null,
                r.outcome() == null ? "Modtaget" : "Vurderet",
                r.childName() == null ? null : new TaskContext.Person(firstName(r.childName()), age, "Barn"),
                List.of(),
                null,
                dates,
                new TaskContext.Decision("Underretningen", facts),
                null,
                List.of(),
                List.of(),
                openTasks(task),
                concernUrl(r.reportNumber()),
                List.of(),
                reports);
    }

    static String concernUrl(String reportNumber) {
        return "/workspace/concerns/" + reportNumber;
    }

    /**
     * A deadline as a Danish reader expects it: a deadline at midnight (the end of a working day, as the receipt's) is
     * that day "(hele dagen)", not the next day at 00.00; any other with its time.
     */
    private String dueText(Instant due) {
        java.time.ZonedDateTime local = due.atZone(clock.getZone());
        if (local.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            return date(local.toLocalDate().minusDays(1)) + " (hele dagen)";
        }
        return dateTime(due);
    }

    private String dateTime(Instant instant) {
        return instant == null
                ? null
                : java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy 'kl.' HH.mm")
                        .format(instant.atZone(clock.getZone()));
    }

    /**
     * The screening at intake and the recommendation of bpmn/visitation.dmn with its reasons: what the team chief
     * decides on. Without a screening the decision is refused, and the Sag tab says so.
     */
    private void visitationFacts(String caseNumber, List<TaskContext.Fact> facts) {
        if (!visitation.hasIntakeScreening(caseNumber)) {
            facts.add(new TaskContext.Fact(
                    "Screening før visitation",
                    "Mangler: visitationen kan ikke besluttes, før familien er screenet (skala 1 = meget stort behov"
                            + " … 5 = intet behov)"));
            return;
        }
        visitation.latest(caseNumber).ifPresent(a -> {
            facts.add(new TaskContext.Fact("Anbefaling (visitationstabellen)", word(a.recommendation())));
            facts.add(new TaskContext.Fact(
                    "Belastningsgrad", a.burdenGrade() + " (0–12, højere er tungere; Odenses kriterier)"));
            for (String reason : a.reasons()) {
                facts.add(new TaskContext.Fact("Begrundelse", reason));
            }
            if (a.decision() != null) {
                facts.add(new TaskContext.Fact(
                        "Teamchefens beslutning",
                        word(a.decision()) + (Boolean.TRUE.equals(a.deviates()) ? " (fraviger anbefalingen)" : "")));
            }
        });
    }

    private TaskContext.Decision decision(TaskCase task, CaseRecordView c, Function<Long, String> nameOf) {
        if (VISITATION.contains(task.taskKey())) {
            List<TaskContext.Fact> facts = new ArrayList<>();
            for (TaskCases.InvestigationConclusion i : taskCases.investigationConclusions(c.caseNumber())) {
                String about = "Børnefaglig undersøgelse af " + nameOf.apply(i.childId());
                String result = i.finished() == null
                        ? "Ikke afsluttet"
                        : (i.conclusion() == null ? "Afsluttet uden konklusion" : word(i.conclusion())) + " (afsluttet "
                                + date(localDate(i.finished())) + ")";
                facts.add(new TaskContext.Fact(about, result));
            }
            if (facts.isEmpty()) {
                facts.add(new TaskContext.Fact("Børnefaglige undersøgelser", "Ingen i sagen"));
            }
            if (c.referral() != null) {
                facts.add(new TaskContext.Fact("Bekymring", c.referral().concern()));
                facts.add(new TaskContext.Fact(
                        "SSP-kategori",
                        c.referral().sspCategory() == null
                                ? "Ikke angivet"
                                : c.referral().sspCategory().toString()));
            }
            visitationFacts(c.caseNumber(), facts);
            long running = lifecycle.runningFamilies(c.district());
            facts.add(new TaskContext.Fact(
                    "Kapacitet i " + c.district(),
                    running + " af " + familiesPerDistrict + " pladser er i brug"
                            + (running < familiesPerDistrict ? "" : ": familien kommer på venteliste")));
            facts.add(new TaskContext.Fact(
                    "Screeninger",
                    c.latestScreenings().isEmpty() ? "Ingen endnu" : "Se de seneste screeninger nedenfor"));
            return new TaskContext.Decision("Til beslutningen om visitation", facts);
        }
        if (HANDOVER_AT_18.contains(task.taskKey())) {
            CaseRecordView.Member young = member(c, task.memberId());
            List<TaskContext.Fact> facts = new ArrayList<>();
            if (young != null) {
                facts.add(new TaskContext.Fact(
                        "Den unge",
                        nameOf.apply(young.id()) + (young.age() == null ? "" : ", " + young.age() + " år")));
                if (c.plan() != null) {
                    c.plan().goals().stream()
                            .filter(g -> young.id().equals(g.memberId()))
                            .forEach(g -> facts.add(new TaskContext.Fact(
                                    "Mål (" + TaskContextLabels.group(g.administration()) + ")",
                                    g.description() + " – " + word(g.status()))));
                }
                c.latestScreenings().stream()
                        .filter(s -> young.id().equals(s.memberId()))
                        .forEach(s -> facts.add(new TaskContext.Fact(
                                "Seneste screening " + date(s.screenedOn()),
                                s.scores().entrySet().stream()
                                        .map(e -> word(e.getKey()) + " " + e.getValue())
                                        .collect(Collectors.joining(", ")))));
            }
            facts.add(new TaskContext.Fact("Familiens fase", word(c.phase())));
            return new TaskContext.Decision("Den unges situation ved 18 år", facts);
        }
        return null;
    }

    private TaskContext courseContext(TaskCase task) {
        AdultCourseView course = courses.view(task.businessKey());
        List<TaskContext.Deadline> dates = new ArrayList<>();
        if (task.due() != null) {
            dates.add(deadline("Opgavens frist", localDate(task.due())));
        }
        if (course.startedAt() != null) {
            dates.add(deadline(
                    "Planlagt forløbslængde udløber",
                    course.startedAt()
                            .atZoneSameInstant(clock.getZone())
                            .toLocalDate()
                            .plus(deadlines.adultCourse())));
        }
        TaskContext.Decision decision = null;
        if (DISCHARGE.contains(task.taskKey())) {
            List<TaskContext.Fact> facts = new ArrayList<>();
            if (course.startedAt() != null) {
                facts.add(new TaskContext.Fact(
                        "Forløbet startede",
                        date(course.startedAt()
                                .atZoneSameInstant(clock.getZone())
                                .toLocalDate())));
            }
            course.phases()
                    .forEach(p -> facts.add(new TaskContext.Fact(
                            word(p.phase()),
                            "fra "
                                    + date(p.startedAt()
                                            .atZoneSameInstant(clock.getZone())
                                            .toLocalDate()))));
            facts.add(new TaskContext.Fact("Mentor", course.mentor() == null ? "Ingen tildelt" : course.mentor()));
            if (course.familyCaseNumber() != null) {
                facts.add(new TaskContext.Fact("Fra familiesag", course.familyCaseNumber()));
            }
            decision = new TaskContext.Decision("Forløbets historik", facts);
        }
        return new TaskContext(
                task.taskId(),
                task.name(),
                RecordType.ADULT_COURSE.name(),
                course.courseNumber(),
                course.district(),
                word(course.phase()),
                new TaskContext.Person(firstName(course.name()), course.age(), "Ung voksen"),
                List.of(new TaskContext.Member(
                        course.name() == null ? "Anonymiseret" : course.name(), "Ung voksen", course.age())),
                new TaskContext.Referral(word(course.referralSource()), null, null, null),
                dates,
                decision,
                null,
                List.of(),
                List.of(),
                openTasks(task),
                // the course's own page: its measures and the forms that record offences, assessments and a drop-out
                WorkspaceCourseController.courseUrl(course.courseNumber()),
                List.of(),
                List.of());
    }

    private List<TaskContext.OpenTask> openTasks(TaskCase task) {
        Instant now = clock.instant();
        List<EngineReadModel.HistoricTask> open = engine.tasks(task.businessKey()).stream()
                .filter(t -> t.ended() == null)
                .toList();
        // the history names no task id: a task is "this one" only when no other open task is of its kind
        long sameKind = open.stream()
                .filter(t -> Objects.equals(t.taskKey(), task.taskKey()))
                .count();
        return open.stream()
                .map(t -> new TaskContext.OpenTask(
                        t.name(),
                        t.candidateGroups().stream()
                                .map(TaskContextLabels::group)
                                .toList(),
                        t.due() == null ? null : date(localDate(t.due())),
                        t.due() != null && t.due().isBefore(now),
                        sameKind == 1 && Objects.equals(t.taskKey(), task.taskKey())))
                .toList();
    }

    private static CaseRecordView.Member member(CaseRecordView c, Long memberId) {
        if (memberId == null) {
            return null;
        }
        return c.members().stream()
                .filter(m -> memberId.equals(m.id()))
                .findFirst()
                .orElse(null);
    }

    private TaskContext.Deadline deadline(String label, LocalDate day) {
        return new TaskContext.Deadline(label, day, label + ": " + date(day));
    }

    private LocalDate localDate(Instant instant) {
        return instant.atZone(clock.getZone()).toLocalDate();
    }

    /** No open task with this id, or one outside any case. */
    static class TaskNotFoundException extends NotFoundException {

        TaskNotFoundException() {
            super("taskId", "Opgaven findes ikke eller hører ikke til en sag");
        }
    }
}
