package dk.tvaers.adult;

import dk.tvaers.family.CaseProperties;
import dk.tvaers.family.CaseRecordService;
import dk.tvaers.family.FamilyCase;
import dk.tvaers.family.FamilyCaseService;
import dk.tvaers.family.MemberIdentity;
import dk.tvaers.kernel.CaseStatus;
import dk.tvaers.kernel.Cpr;
import dk.tvaers.kernel.InvalidInputException;
import dk.tvaers.kernel.NotFoundException;
import dk.tvaers.kernel.NumberSequence;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The adult course record (Klar / Parat / Start): opening a course for a young adult aged 18-30, its phases, its
 * mentor, the discharge with the outcome the method measures, and the outcome report against the success criteria.
 * The adult-pathway process's delegates call these methods with the course number (its business key). Every refusal
 * is an {@link InvalidInputException} naming the field at fault; none holds a CPR number.
 *
 * <p>"Today" is the date in the configured zone (tvaers.time-zone, the kernel's Clock), whatever the JVM's zone.
 */
@Service
public class AdultCourseService {

    static final String SEQUENCE = "adult_course_seq";
    private static final int NAME_LENGTH = 200;
    private static final int USER_ID_LENGTH = 64;

    private final AdultCourseRepository courses;
    private final AdultCoursePhaseRepository phases;
    private final NumberSequence sequence;
    private final FamilyCaseService familyCases;
    private final CaseRecordService caseRecord;
    private final CaseProperties caseProperties;
    private final AdultProperties properties;
    private final Clock clock;

    public AdultCourseService(
            AdultCourseRepository courses,
            AdultCoursePhaseRepository phases,
            NumberSequence sequence,
            FamilyCaseService familyCases,
            CaseRecordService caseRecord,
            CaseProperties caseProperties,
            AdultProperties properties,
            Clock clock) {
        this.courses = courses;
        this.phases = phases;
        this.sequence = sequence;
        this.familyCases = familyCases;
        this.caseRecord = caseRecord;
        this.caseProperties = caseProperties;
        this.properties = properties;
        this.clock = clock;
    }

    /** Checks the referral and opens the course in phase Klar; its number is e.g. KPS-2026-00001. */
    @Transactional
    public AdultCourse open(NewAdultCourse course) {
        if (course == null) {
            throw new InvalidInputException("body", "Henvisningen mangler");
        }
        LocalDate today = today();
        if (course.name() == null || course.name().isBlank()) {
            throw new InvalidInputException("name", "Navn mangler");
        }
        if (course.name().trim().length() > NAME_LENGTH) {
            throw new InvalidInputException("name", "Navnet må højst have " + NAME_LENGTH + " tegn");
        }
        Cpr cpr = Cpr.parse(course.cpr());
        if (course.isSingleAdult()
                && (course.familyCaseNumber() != null
                                && !course.familyCaseNumber().isBlank()
                        || course.referralSource() == AdultReferralSource.FAMILY_CASE)) {
            throw new InvalidInputException(
                    "singleAdult", "En enkeltperson uden familie henvises ikke fra en familiesag");
        }
        checkAge(cpr, today, course.isSingleAdult() ? properties.singleAdultMaxAge() : properties.maxAge());
        if (course.referralSource() == null) {
            throw new InvalidInputException("referralSource", "Henvisningskilde mangler");
        }
        checkDistrict(course.district());
        Long familyCaseId = familyLink(course, cpr);
        return create(
                course.name().trim(),
                cpr,
                familyCaseId,
                course.memberId(),
                course.referralSource(),
                course.district(),
                today);
    }

    /** Opens a checked course in phase Klar, unless the person already has an open one. */
    private AdultCourse create(
            String name,
            Cpr cpr,
            Long familyCaseId,
            Long memberId,
            AdultReferralSource source,
            String district,
            LocalDate today) {
        // checked here for a clear answer; uq_adult_course_open_cpr refuses a concurrent second one (409)
        if (courses.findByOpenCpr(cpr.value()).isPresent()) {
            throw new InvalidInputException("cpr", "Personen er allerede i et åbent forløb");
        }
        long id = sequence.next(SEQUENCE);
        String courseNumber = "%s-%d-%05d".formatted(properties.courseNumberPrefix(), today.getYear(), id);
        OffsetDateTime now = now();
        AdultCourse opened = courses.save(
                new AdultCourse(id, courseNumber, name, cpr, familyCaseId, memberId, source, district, now));
        phases.save(new AdultCoursePhaseEntry(opened.getId(), AdultPhase.KLAR, now));
        return opened;
    }

    /**
     * Opens a course for a member of a family case who has turned 18: name and CPR number from the case, referral
     * source FAMILY_CASE, the case's district. If that member already has an open course from this case, returns its
     * number (a retried delegate opens nothing twice).
     */
    @Transactional
    public String openFromFamilyCase(String caseNumber, Long memberId) {
        FamilyCase familyCase = familyCases.find(caseNumber).orElseThrow(() -> new NotFoundException(caseNumber));
        MemberIdentity member = caseRecord
                .member(caseNumber, memberId)
                .orElseThrow(() -> new InvalidInputException("memberId", "Medlemmet hører ikke til sagen"));
        Optional<AdultCourse> running = courses.findByOpenCpr(member.cpr().value())
                .filter(c ->
                        memberId.equals(c.getMemberId()) && familyCase.getId().equals(c.getFamilyCaseId()));
        if (running.isPresent()) {
            return running.get().getCourseNumber();
        }
        // built from the member's identity as the case holds it: the CPR number stays a Cpr, checked once here
        LocalDate today = today();
        checkAge(member.cpr(), today, properties.maxAge());
        return create(
                        member.name().trim(),
                        member.cpr(),
                        familyCase.getId(),
                        memberId,
                        AdultReferralSource.FAMILY_CASE,
                        familyCase.getDistrict(),
                        today)
                .getCourseNumber();
    }

    /** Moves the course into Klar, Parat or Start and records when. Entering the phase it is in changes nothing. */
    @Transactional
    public void enterPhase(String courseNumber, AdultPhase phase) {
        AdultCourse course = find(courseNumber);
        if (phase == null) {
            throw new InvalidInputException("phase", "Fasen mangler");
        }
        if (course.getPhase() == phase) {
            return;
        }
        if (phase == AdultPhase.DISCHARGED || phase == AdultPhase.NOT_VISITED) {
            throw new InvalidInputException("phase", "Et forløb udskrives med resultat, ikke ved et faseskift");
        }
        requireOpen(course, "phase");
        course.enter(phase);
        phases.save(new AdultCoursePhaseEntry(course.getId(), phase, now()));
    }

    /** Assigns (or changes) the course's mentor: a user id. */
    @Transactional
    public void assignMentor(String courseNumber, String userId) {
        AdultCourse course = find(courseNumber);
        if (userId == null || userId.isBlank()) {
            throw new InvalidInputException("mentor", "Mentor mangler");
        }
        if (userId.length() > USER_ID_LENGTH) {
            throw new InvalidInputException("mentor", "Mentorens bruger-id må højst have " + USER_ID_LENGTH + " tegn");
        }
        requireOpen(course, "mentor");
        course.assignMentor(userId.trim());
    }

    /**
     * Discharges the course today with its outcome and the professionals' judgement: a reason is required exactly
     * when significant positive movement is judged. "Charged" is no outcome (offences are recorded as events while
     * enrolled); it stays readable on courses discharged with it before.
     */
    @Transactional
    public void discharge(
            String courseNumber, AdultOutcome outcome, boolean significantPositiveMovement, MovementReason reason) {
        AdultCourse course = find(courseNumber);
        requireOpen(course, "courseNumber");
        if (outcome == null) {
            throw new InvalidInputException("outcome", "Resultatet mangler");
        }
        if (outcome == AdultOutcome.CHARGED) {
            // "sigtet" is a step of an offence, not how a course ends (issue 15): offences are events of the course
            throw new InvalidInputException(
                    "outcome",
                    "Sigtet er ikke et udskrivningsresultat. Registrér sigtelsen og en eventuel tiltale som"
                            + " lovovertrædelser under forløbet, og vælg, hvordan forløbet endte");
        }
        if (significantPositiveMovement && reason == null) {
            throw new InvalidInputException(
                    "movementReason", "Angiv bevægelsens art, når der er en betydelig positiv bevægelse");
        }
        if (!significantPositiveMovement && reason != null) {
            throw new InvalidInputException(
                    "movementReason", "Bevægelsens art angives kun ved en betydelig positiv bevægelse");
        }
        course.discharge(today(), outcome, significantPositiveMovement, reason);
        phases.save(new AdultCoursePhaseEntry(course.getId(), AdultPhase.DISCHARGED, now()));
    }

    /** Closes a referral the team chief did not visit: no outcome, so it counts in no success criterion. */
    @Transactional
    public void closeNotVisited(String courseNumber) {
        AdultCourse course = find(courseNumber);
        requireOpen(course, "courseNumber");
        course.closeNotVisited();
        phases.save(new AdultCoursePhaseEntry(course.getId(), AdultPhase.NOT_VISITED, now()));
    }

    /** The course with its phase history; the CPR number masked. */
    @Transactional(readOnly = true)
    public AdultCourseView view(String courseNumber) {
        AdultCourse c = find(courseNumber);
        AdultCourseView.Discharge discharge = c.getOutcome() == null
                ? null
                : new AdultCourseView.Discharge(
                        c.getDischargedOn(),
                        c.getOutcome(),
                        Boolean.TRUE.equals(c.getSignificantPositiveMovement()),
                        c.getMovementReason());
        return new AdultCourseView(
                c.getCourseNumber(),
                c.getPersonName(),
                c.getCpr() == null ? null : c.getCpr().masked(),
                c.getDateOfBirth(),
                c.getDateOfBirth() == null ? null : age(c.getDateOfBirth(), today()),
                c.getReferralSource(),
                familyCases.caseNumberOf(c.getFamilyCaseId()).orElse(null),
                c.getMemberId(),
                c.getDistrict(),
                c.getStatus(),
                c.getPhase(),
                phases.findByCourseIdOrderByStartedAtAscIdAsc(c.getId()).stream()
                        .map(p -> new AdultCourseView.PhaseStart(p.getPhase(), p.getStartedAt()))
                        .toList(),
                c.getMentor(),
                c.getStartedAt(),
                discharge);
    }

    static int age(LocalDate dateOfBirth, LocalDate on) {
        return Period.between(dateOfBirth, on).getYears();
    }

    /** At least the minimum age; at most {@code maxAge} when there is one (a single adult: none by default). */
    private void checkAge(Cpr cpr, LocalDate today, Integer maxAge) {
        int age = age(cpr.dateOfBirth(), today);
        if (cpr.dateOfBirth().isAfter(today) || age < properties.minAge()) {
            throw new InvalidInputException(
                    "cpr", "Forløbet er for unge på " + properties.minAge() + " år eller derover");
        }
        if (maxAge != null && age > maxAge) {
            throw new InvalidInputException("cpr", "Forløbet er for unge på højst " + maxAge + " år");
        }
    }

    private void checkDistrict(String district) {
        if (district != null && !caseProperties.districts().contains(district)) {
            throw new InvalidInputException(
                    "district", "Ukendt bydel; kendte bydele: " + String.join(", ", caseProperties.districts()));
        }
    }

    /** The family case the person comes from (its id), checked with the member; null without a family case. */
    private Long familyLink(NewAdultCourse course, Cpr cpr) {
        String caseNumber = course.familyCaseNumber();
        if (caseNumber == null || caseNumber.isBlank()) {
            if (course.memberId() != null) {
                throw new InvalidInputException(
                        "familyCaseNumber", "Familiesagen mangler; et familiemedlem angives sammen med sin sag");
            }
            if (course.referralSource() == AdultReferralSource.FAMILY_CASE) {
                throw new InvalidInputException(
                        "familyCaseNumber", "Familiesagen mangler, når henvisningen kommer fra en familiesag");
            }
            return null;
        }
        FamilyCase familyCase = familyCases
                .find(caseNumber)
                .orElseThrow(() -> new InvalidInputException("familyCaseNumber", "Familiesagen findes ikke"));
        if (course.memberId() != null) {
            MemberIdentity member = caseRecord
                    .member(caseNumber, course.memberId())
                    .orElseThrow(() -> new InvalidInputException("memberId", "Medlemmet hører ikke til familiesagen"));
            if (!member.cpr().equals(cpr)) {
                throw new InvalidInputException("cpr", "CPR-nummeret passer ikke med familiemedlemmets");
            }
        }
        return familyCase.getId();
    }

    private static void requireOpen(AdultCourse course, String field) {
        if (course.getStatus() != CaseStatus.OPEN) {
            throw new InvalidInputException(field, "Forløbet er afsluttet");
        }
    }

    private AdultCourse find(String courseNumber) {
        return courses.findByCourseNumber(courseNumber)
                .orElseThrow(() -> new AdultCourseNotFoundException(courseNumber));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
