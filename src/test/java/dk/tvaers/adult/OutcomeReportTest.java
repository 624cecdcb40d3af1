package dk.tvaers.adult;

import static dk.tvaers.adult.AdultOutcome.CHARGED;
import static dk.tvaers.adult.AdultOutcome.COMPLETED;
import static dk.tvaers.adult.AdultOutcome.DROPPED_OUT;
import static dk.tvaers.adult.AdultOutcome.MOVED_TO_EDUCATION;
import static dk.tvaers.adult.AdultOutcome.MOVED_TO_EMPLOYMENT;
import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.adult.OutcomeReport.Criterion;
import dk.tvaers.adult.OutcomeReport.Direction;
import dk.tvaers.adult.OutcomeReport.Discharge;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The outcome figures and the success criteria, computed from chosen discharges. */
class OutcomeReportTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 30);

    @Test
    void eightDischargesMeetingTwoOfTheThreeCriteria() {
        List<Discharge> discharges = List.of(
                new Discharge(COMPLETED, true),
                new Discharge(COMPLETED, true),
                new Discharge(COMPLETED, false),
                new Discharge(MOVED_TO_EDUCATION, true),
                new Discharge(MOVED_TO_EMPLOYMENT, true),
                new Discharge(MOVED_TO_EMPLOYMENT, true),
                new Discharge(DROPPED_OUT, false),
                new Discharge(CHARGED, false));

        OutcomeReport report = OutcomeReport.compute(FROM, TO, 11, discharges);

        assertThat(report.from()).isEqualTo(FROM);
        assertThat(report.to()).isEqualTo(TO);
        assertThat(report.enrolled()).isEqualTo(11);
        assertThat(report.discharged()).isEqualTo(8);
        assertThat(report.outcomes())
                .containsExactly(
                        org.assertj.core.api.Assertions.entry(COMPLETED, 3L),
                        org.assertj.core.api.Assertions.entry(MOVED_TO_EDUCATION, 1L),
                        org.assertj.core.api.Assertions.entry(MOVED_TO_EMPLOYMENT, 2L),
                        org.assertj.core.api.Assertions.entry(DROPPED_OUT, 1L),
                        org.assertj.core.api.Assertions.entry(CHARGED, 1L));
        // 6 of 8 = 0.75: exactly the goal, which counts as met
        assertThat(report.criteria().completedOrMovedOn())
                .isEqualTo(
                        new Criterion(6, new BigDecimal("0.7500"), new BigDecimal("0.75"), Direction.AT_LEAST, true));
        // 1 of 8 = 0.125 <= 0.15
        assertThat(report.criteria().chargedWhileEnrolled())
                .isEqualTo(new Criterion(1, new BigDecimal("0.1250"), new BigDecimal("0.15"), Direction.AT_MOST, true));
        // 5 of 8 = 0.625 >= 0.60
        assertThat(report.criteria().significantPositiveMovement())
                .isEqualTo(
                        new Criterion(5, new BigDecimal("0.6250"), new BigDecimal("0.60"), Direction.AT_LEAST, true));
    }

    @Test
    void criteriaMissedAreNotMet() {
        List<Discharge> discharges = new ArrayList<>();
        discharges.add(new Discharge(COMPLETED, true));
        discharges.add(new Discharge(DROPPED_OUT, false));
        discharges.add(new Discharge(CHARGED, false));

        OutcomeReport report = OutcomeReport.compute(FROM, TO, 0, discharges);

        // 1/3 = 0.3333 (rounded half-up to 4 decimals)
        assertThat(report.criteria().completedOrMovedOn().share()).isEqualTo(new BigDecimal("0.3333"));
        assertThat(report.criteria().completedOrMovedOn().met()).isFalse();
        assertThat(report.criteria().chargedWhileEnrolled().share()).isEqualTo(new BigDecimal("0.3333"));
        assertThat(report.criteria().chargedWhileEnrolled().met()).isFalse();
        assertThat(report.criteria().significantPositiveMovement().share()).isEqualTo(new BigDecimal("0.3333"));
        assertThat(report.criteria().significantPositiveMovement().met()).isFalse();
    }

    @Test
    void sharesRoundHalfUpToFourDecimals() {
        List<Discharge> discharges = new ArrayList<>();
        discharges.add(new Discharge(CHARGED, true));
        discharges.add(new Discharge(CHARGED, true));
        for (int i = 0; i < 4; i++) {
            discharges.add(new Discharge(COMPLETED, false));
        }

        OutcomeReport report = OutcomeReport.compute(FROM, TO, 0, discharges);

        // 2/3 = 0.66666... -> 0.6667; 1/3 -> 0.3333
        assertThat(report.criteria().completedOrMovedOn().share()).isEqualTo(new BigDecimal("0.6667"));
        assertThat(report.criteria().chargedWhileEnrolled().share()).isEqualTo(new BigDecimal("0.3333"));
        assertThat(report.criteria().significantPositiveMovement().share()).isEqualTo(new BigDecimal("0.3333"));
    }

    @Test
    void withNothingDischargedSharesAreNullAndNothingIsMet() {
        OutcomeReport report = OutcomeReport.compute(FROM, TO, 4, List.of());

        assertThat(report.discharged()).isZero();
        assertThat(report.enrolled()).isEqualTo(4);
        assertThat(report.outcomes())
                .hasSize(AdultOutcome.values().length)
                .allSatisfy((outcome, count) -> assertThat(count).isZero());
        assertThat(List.of(
                        report.criteria().completedOrMovedOn(),
                        report.criteria().chargedWhileEnrolled(),
                        report.criteria().significantPositiveMovement()))
                .allSatisfy(criterion -> {
                    assertThat(criterion.share()).isNull();
                    assertThat(criterion.met()).isFalse();
                    assertThat(criterion.count()).isZero();
                });
    }
}
