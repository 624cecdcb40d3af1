package dk.tvaers.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.tvaers.kernel.Cpr;
import dk.tvaers.kernel.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final String PARENT_CPR = "120384-1234";
    private static final String CHILD_CPR = "010615-4321";

    @Test
    void aFamilyWithAChildPassesAndYieldsTheDatesOfBirth() {
        List<Cpr> numbers = CaseRules.checkMembers(
                List.of(
                        parent(PARENT_CPR, null),
                        member("Barn", CHILD_CPR, LocalDate.of(2015, 6, 1), MemberRole.CHILD)),
                TODAY);

        assertThat(numbers)
                .extracting(Cpr::dateOfBirth)
                .containsExactly(LocalDate.of(1984, 3, 12), LocalDate.of(2015, 6, 1));
    }

    @Test
    void aFamilyWithoutChildOrYoungAdultIsRefused() {
        assertRefused(List.of(parent(PARENT_CPR, null)), "members", "mindst ét barn");
    }

    @Test
    void aCprNumberFailureNamesTheMembersFieldAndNotTheNumber() {
        assertRefused(List.of(parent("310284-1234", null), child(CHILD_CPR)), "members[0].cpr", "gyldig dato");
    }

    @Test
    void aDateOfBirthThatDisagreesWithTheCprIsRefused() {
        assertRefused(
                List.of(parent(PARENT_CPR, LocalDate.of(1984, 3, 13)), child(CHILD_CPR)),
                "members[0].dateOfBirth",
                "passer ikke");
    }

    @Test
    void theSameCprTwiceIsRefusedAtTheSecond() {
        assertRefused(List.of(child(CHILD_CPR), child(CHILD_CPR.replace("-", ""))), "members[1].cpr", "to medlemmer");
    }

    @Test
    void aChildMustBeUnder18() {
        assertRefused(List.of(child(PARENT_CPR)), "members[0].role", "under 18");
    }

    @Test
    void aCprOfABirthInTheFutureIsRefused() {
        assertRefused(List.of(child("011227-4000")), "members[0].cpr", "fremtiden");
    }

    private static final LegalAges LAW = LegalAges.defaults();

    @Test
    void parentsGuardiansAndChildrenFrom15OnTheBirthdayMayConsent() {
        LocalDate born = LocalDate.of(2011, 11, 22);
        assertThat(CaseRules.mayConsent(MemberRole.PARENT, LocalDate.of(1980, 1, 1), TODAY, LAW))
                .isTrue();
        assertThat(CaseRules.mayConsent(MemberRole.GUARDIAN, LocalDate.of(1980, 1, 1), TODAY, LAW))
                .isTrue();
        // 15 on the birthday itself, 14 the day before
        assertThat(CaseRules.mayConsent(MemberRole.CHILD, born, TODAY, LAW)).isTrue();
        assertThat(CaseRules.mayConsent(MemberRole.CHILD, born, TODAY.minusDays(1), LAW))
                .isFalse();
        assertThat(CaseRules.mayConsent(MemberRole.YOUNG_ADULT, LocalDate.of(2004, 1, 1), TODAY, LAW))
                .isTrue();
        assertThat(CaseRules.consentRefusal(LAW)).contains("15 år eller derover");
    }

    @Test
    void aChildIsAPartyFrom10OnTheBirthday() {
        LocalDate born = LocalDate.of(2016, 11, 22);
        assertThat(LAW.isParty(born, TODAY)).isTrue();
        assertThat(LAW.isParty(born, TODAY.minusDays(1))).isFalse();
        // a leap-day child turns 10 on 1 March in a common year (whole years, as Period counts them)
        LocalDate leap = LocalDate.of(2016, 2, 29);
        assertThat(LAW.isParty(leap, LocalDate.of(2026, 3, 1))).isTrue();
        assertThat(LAW.isParty(leap, LocalDate.of(2026, 2, 28))).isFalse();
    }

    @Test
    void theAgesAreAMunicipalitysSettingButNeverAnAdultsAge() {
        LegalAges own = new LegalAges(12, 16);
        assertThat(own.isParty(LocalDate.of(2016, 11, 22), TODAY)).isFalse();
        assertThatThrownBy(() -> new LegalAges(18, 15)).hasMessageContaining("tvaers.ages.party-rights");
        assertThatThrownBy(() -> new LegalAges(10, -1)).hasMessageContaining("tvaers.ages.own-consent");
    }

    private static void assertRefused(List<NewMember> members, String field, String message) {
        assertThatThrownBy(() -> CaseRules.checkMembers(members, TODAY))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessageContaining(message)
                .hasMessageNotContainingAny("1234", "4321", "4000");
    }

    private static NewMember parent(String cpr, LocalDate dateOfBirth) {
        return member("Forælder", cpr, dateOfBirth, MemberRole.PARENT);
    }

    private static NewMember child(String cpr) {
        return member("Barn", cpr, null, MemberRole.CHILD);
    }

    private static NewMember member(String name, String cpr, LocalDate dateOfBirth, MemberRole role) {
        return new NewMember(name, cpr, dateOfBirth, role, null);
    }
}
