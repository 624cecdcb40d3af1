package dk.tvaers.family;

import dk.tvaers.kernel.CaseStatus;
import dk.tvaers.kernel.InvalidInputException;
import dk.tvaers.kernel.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A case's course through its phases, its closing, and the running families per district. */
@Service
public class CaseLifecycle {

    /** The phases in which a family counts against its district's capacity. */
    public static final Set<CasePhase> RUNNING =
            EnumSet.of(CasePhase.PLANNING, CasePhase.INTENSIVE, CasePhase.PHASE_OUT, CasePhase.AFTERCARE);

    private final FamilyCaseRepository cases;
    private final CasePhaseRepository phases;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public CaseLifecycle(
            FamilyCaseRepository cases, CasePhaseRepository phases, Clock clock, ApplicationEventPublisher events) {
        this.cases = cases;
        this.phases = phases;
        this.clock = clock;
        this.events = events;
    }

    /**
     * A family left the phases that count against its district's capacity (it went on from aftercare, closed, or
     * ended early): the place it held is free. Published in the transaction that moves the case, so the waiting family
     * with the highest need gets the place at once ({@code process/PlaceOffers}).
     */
    public record PlaceFreed(String district, String caseNumber) {}

    /** Moves the case into a phase and records when. Entering the phase it is in changes nothing. */
    @Transactional
    public void enter(String caseNumber, CasePhase phase) {
        FamilyCase theCase = find(caseNumber);
        if (theCase.getPhase() == phase) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean freed = theCase.getStatus() == CaseStatus.OPEN
                && RUNNING.contains(theCase.getPhase())
                && !RUNNING.contains(phase);
        theCase.enter(phase, now);
        phases.save(new CasePhaseEntry(theCase.getId(), phase, now));
        if (freed) {
            cases.flush();
            events.publishEvent(new PlaceFreed(theCase.getDistrict(), theCase.getCaseNumber()));
        }
    }

    /** Makes the user the case's coordinator: the one channel into the municipality for the family. */
    @Transactional
    public void assignCoordinator(String caseNumber, String userId) {
        if (userId == null || userId.isBlank()) {
            throw new InvalidInputException("coordinator", "Koordinator mangler");
        }
        find(caseNumber).assignCoordinator(userId);
    }

    /** Closes the case with its reason and, for a completed course, its outcome. */
    @Transactional
    public void close(String caseNumber, CloseReason reason, String outcome) {
        FamilyCase theCase = find(caseNumber);
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean freed = theCase.getStatus() == CaseStatus.OPEN && RUNNING.contains(theCase.getPhase());
        theCase.close(reason, outcome, now);
        phases.save(new CasePhaseEntry(theCase.getId(), CasePhase.CLOSED, now));
        if (freed) {
            cases.flush();
            events.publishEvent(new PlaceFreed(theCase.getDistrict(), theCase.getCaseNumber()));
        }
    }

    /** The families running in a district: open cases from planning to aftercare. */
    @Transactional(readOnly = true)
    public long runningFamilies(String district) {
        return cases.countByDistrictAndStatusAndPhaseIn(district, CaseStatus.OPEN, RUNNING);
    }

    /** The phases the case has been in, in order. */
    @Transactional(readOnly = true)
    public List<CasePhase> history(String caseNumber) {
        return phases.findByCaseIdOrderByStartedAtAscIdAsc(find(caseNumber).getId()).stream()
                .map(CasePhaseEntry::getPhase)
                .toList();
    }

    private FamilyCase find(String caseNumber) {
        return cases.findByCaseNumber(caseNumber).orElseThrow(() -> new NotFoundException(caseNumber));
    }
}
