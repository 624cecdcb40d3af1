package dk.tvaers.board;

import dk.tvaers.family.CaseQueries;
import dk.tvaers.kernel.NotFoundException;
import dk.tvaers.process.EngineReadModel;
import dk.tvaers.process.ProcessDeadlines;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's timeline: its phases from the case record and its tasks from the engine's history, those of the family
 * process and of the child investigations it called (sub-instances under the same root instance, which also carry the
 * case number as business key).
 *
 * <p>Read as the system, as the board is (the family's {@link CaseQueries} and the engine's {@link
 * EngineReadModel}): caseworkers have no right to read the engine's history, and the
 * case-level need-to-know check in front of /api/cases/{caseNumber}/** decides who may see the case at all.
 */
@Service
public class CaseTimelineService {

    private final CaseQueries cases;
    private final EngineReadModel engine;
    private final ProcessDeadlines deadlines;
    private final Clock clock;

    public CaseTimelineService(CaseQueries cases, EngineReadModel engine, ProcessDeadlines deadlines, Clock clock) {
        this.cases = cases;
        this.engine = engine;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CaseTimeline timeline(String caseNumber) {
        CaseQueries.Opened opened = cases.opened(caseNumber).orElseThrow(() -> new NotFoundException(caseNumber));
        OffsetDateTime now = OffsetDateTime.now(clock);

        List<CaseTimeline.Phase> phases = new ArrayList<>();
        List<CaseQueries.PhaseStart> entries = new ArrayList<>(cases.phases(opened.caseId()));
        // a case opens in REFERRAL (FamilyCase's constructor) without a phase entry: its start is the case's
        if (entries.isEmpty() || !"REFERRAL".equals(entries.get(0).phase())) {
            entries.add(0, new CaseQueries.PhaseStart("REFERRAL", opened.createdAt()));
        }
        for (int i = 0; i < entries.size(); i++) {
            phases.add(new CaseTimeline.Phase(
                    entries.get(i).phase(),
                    time(entries.get(i).startedAt()),
                    i + 1 < entries.size() ? time(entries.get(i + 1).startedAt()) : null));
        }

        LocalDate awareness = cases.awarenessDate(caseNumber).orElse(null);
        return new CaseTimeline(
                caseNumber,
                now,
                awareness,
                awareness == null ? null : awareness.plus(deadlines.investigation()),
                phases,
                tasks(caseNumber));
    }

    /**
     * Every task of the process instances with this business key (a family case's, or an adult course's) and of the
     * instances they called, oldest first, each with its state now.
     */
    @Transactional(readOnly = true)
    public List<CaseTimeline.Task> tasks(String businessKey) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return engine.tasks(businessKey).stream()
                .map(task -> {
                    OffsetDateTime due = time(task.due());
                    OffsetDateTime ended = time(task.ended());
                    boolean completed = task.completed();
                    CaseTimeline.State state = ended != null
                            ? completed ? CaseTimeline.State.DONE : CaseTimeline.State.CANCELLED
                            : due != null && due.isBefore(now) ? CaseTimeline.State.OVERDUE : CaseTimeline.State.OPEN;
                    return new CaseTimeline.Task(
                            task.id(),
                            task.name(),
                            task.taskKey(),
                            task.processKey(),
                            task.childId(),
                            task.candidateGroups(),
                            task.candidateGroups().stream()
                                    .filter(EngineReadModel.ADMINISTRATIONS::contains)
                                    .findFirst()
                                    .orElse(null),
                            task.assignee(),
                            task.completedBy(),
                            time(task.created()),
                            due,
                            completed ? ended : null,
                            state,
                            completed && due != null && ended.isAfter(due));
                })
                .toList();
    }

    private OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atZone(clock.getZone()).toOffsetDateTime();
    }
}
