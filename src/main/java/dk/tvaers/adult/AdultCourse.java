package dk.tvaers.adult;

import dk.tvaers.kernel.AssignedIdEntity;
import dk.tvaers.kernel.CaseStatus;
import dk.tvaers.kernel.Cpr;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A young adult's course (Klar / Parat / Start), keyed by its course number. The CPR number is stored here and leaves
 * this class only masked. Once anonymised (retention), name, CPR number, date of birth and the link to the family
 * case are null; phases and outcome stay as figures.
 */
@Entity
@Table(name = "adult_course")
public class AdultCourse extends AssignedIdEntity {

    /** Drawn from adult_course_seq before the row is stored, so the course number is part of it from the start. */
    @Id
    private Long id;

    @Column(name = "course_number", nullable = false, unique = true, length = 20)
    private String courseNumber;

    @Column(name = "person_name", length = 200)
    private String personName;

    @Column(length = 11)
    private String cpr;

    /** The CPR number while the course is open, null once closed: unique, so a person has one open course. */
    @Column(name = "open_cpr", length = 11)
    private String openCpr;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Column(name = "family_case_id")
    private Long familyCaseId;

    @Column(name = "member_id")
    private Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "referral_source", nullable = false, length = 30)
    private AdultReferralSource referralSource;

    @Column(length = 60)
    private String district;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AdultPhase phase;

    @Column(length = 64)
    private String mentor;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "discharged_on")
    private LocalDate dischargedOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private AdultOutcome outcome;

    @Column(name = "significant_positive_movement")
    private Boolean significantPositiveMovement;

    @Enumerated(EnumType.STRING)
    @Column(name = "movement_reason", length = 40)
    private MovementReason movementReason;

    @Column(name = "anonymised_at")
    private OffsetDateTime anonymisedAt;

    protected AdultCourse() {}

    AdultCourse(
            long id,
            String courseNumber,
            String personName,
            Cpr cpr,
            Long familyCaseId,
            Long memberId,
            AdultReferralSource referralSource,
            String district,
            OffsetDateTime startedAt) {
        this.id = id;
        this.courseNumber = courseNumber;
        this.personName = personName;
        this.cpr = cpr.value();
        this.openCpr = this.cpr;
        this.dateOfBirth = cpr.dateOfBirth();
        this.familyCaseId = familyCaseId;
        this.memberId = memberId;
        this.referralSource = referralSource;
        this.district = district;
        this.startedAt = startedAt;
        this.status = CaseStatus.OPEN;
        this.phase = AdultPhase.KLAR;
    }

    void enter(AdultPhase next) {
        this.phase = next;
    }

    void assignMentor(String userId) {
        this.mentor = userId;
    }

    void closeNotVisited() {
        this.phase = AdultPhase.NOT_VISITED;
        this.status = CaseStatus.CLOSED;
        this.openCpr = null;
    }

    void discharge(LocalDate on, AdultOutcome outcome, boolean significantPositiveMovement, MovementReason reason) {
        this.phase = AdultPhase.DISCHARGED;
        this.status = CaseStatus.CLOSED;
        this.openCpr = null;
        this.dischargedOn = on;
        this.outcome = outcome;
        this.significantPositiveMovement = significantPositiveMovement;
        this.movementReason = reason;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getCourseNumber() {
        return courseNumber;
    }

    public String getPersonName() {
        return personName;
    }

    /** The CPR number, null once anonymised; {@code toString()} shows it masked. */
    public Cpr getCpr() {
        return cpr == null ? null : Cpr.parse(cpr);
    }

    /** When retention removed the personal data; null while the course holds them. */
    public OffsetDateTime getAnonymisedAt() {
        return anonymisedAt;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public Long getFamilyCaseId() {
        return familyCaseId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public AdultReferralSource getReferralSource() {
        return referralSource;
    }

    public String getDistrict() {
        return district;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public AdultPhase getPhase() {
        return phase;
    }

    public String getMentor() {
        return mentor;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDate getDischargedOn() {
        return dischargedOn;
    }

    public AdultOutcome getOutcome() {
        return outcome;
    }

    public Boolean getSignificantPositiveMovement() {
        return significantPositiveMovement;
    }

    public MovementReason getMovementReason() {
        return movementReason;
    }
}
