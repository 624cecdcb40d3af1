package dk.tvaers.family;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One member's score in one domain on one day; screenings repeat over the course. */
@Entity
@Table(name = "screening_score")
class ScreeningScore {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "screening_score_seq")
    @SequenceGenerator(name = "screening_score_seq", sequenceName = "screening_score_seq", allocationSize = 1)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ScreeningDomain domain;

    @Column(nullable = false)
    private Integer score;

    @Column(name = "screened_on", nullable = false)
    private LocalDate screenedOn;

    protected ScreeningScore() {}

    ScreeningScore(Long caseId, Long memberId, ScreeningDomain domain, Integer score, LocalDate screenedOn) {
        this.caseId = caseId;
        this.memberId = memberId;
        this.domain = domain;
        this.score = score;
        this.screenedOn = screenedOn;
    }

    Long getMemberId() {
        return memberId;
    }

    ScreeningDomain getDomain() {
        return domain;
    }

    Integer getScore() {
        return score;
    }

    LocalDate getScreenedOn() {
        return screenedOn;
    }
}
