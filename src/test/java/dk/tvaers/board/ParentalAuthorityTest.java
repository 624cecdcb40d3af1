package dk.tvaers.board;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.family.CaseQueries.SspDevelopment;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Copenhagen's criterion on a constructed population worked out by hand: a family is measured when a child's SSP
 * concern was recorded twice or more; improved when a measured child's latest level is lower than her first and none
 * is higher.
 */
class ParentalAuthorityTest {

    @Test
    void theShareOfFamiliesWhoseChildrensSspConcernFell() {
        List<SspDevelopment> children = List.of(
                // family 1: one child 4 -> 2 (better): improved
                new SspDevelopment(1, 11, 4, 2, 3),
                // family 2: one child 3 -> 3 (same), a sibling 2 -> 1 (better): improved (one better, none worse)
                new SspDevelopment(2, 21, 3, 3, 2),
                new SspDevelopment(2, 22, 2, 1, 2),
                // family 3: one child 3 -> 2 (better), a sibling 1 -> 2 (worse): measured, not improved, worse
                new SspDevelopment(3, 31, 3, 2, 2),
                new SspDevelopment(3, 32, 1, 2, 2),
                // family 4: one child 4 -> 4 (same): measured, not improved
                new SspDevelopment(4, 41, 4, 4, 2),
                // family 5: one child recorded once only: not measured
                new SspDevelopment(5, 51, 4, 4, 1),
                // family 6: a child recorded once (not measured) and a sibling 3 -> 1: improved
                new SspDevelopment(6, 61, 4, 4, 1),
                new SspDevelopment(6, 62, 3, 1, 4));

        ParentalAuthority a = ParentalAuthority.compute(children);

        // measured: families 1, 2, 3, 4, 6 = 5 (family 5 has no child recorded twice)
        assertThat(a.familiesMeasured()).isEqualTo(5);
        // improved: 1, 2, 6 = 3; worse: 3 = 1
        assertThat(a.familiesImproved()).isEqualTo(3);
        assertThat(a.familiesWorse()).isEqualTo(1);
        // 3 / 5 = 0.6000 >= 0.60: met
        assertThat(a.share()).isEqualByComparingTo("0.6000");
        assertThat(a.met()).isTrue();
        assertThat(a.method()).contains("SSP-bekymringen", "seneste niveau", "første", "mindst to gange");
    }

    @Test
    void withoutAMeasuredFamilyThereIsNoShare() {
        ParentalAuthority a = ParentalAuthority.compute(List.of(new SspDevelopment(1, 11, 4, 4, 1)));
        assertThat(a.familiesMeasured()).isZero();
        assertThat(a.share()).isNull();
        assertThat(a.met()).isFalse();
    }
}
