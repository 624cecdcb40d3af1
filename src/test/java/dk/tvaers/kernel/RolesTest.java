package dk.tvaers.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The role sets' named checks; each role's cells end to end are AuthorizationMatrixTest's (docs/authorization.md). */
class RolesTest {

    @Test
    void theSteeringGroupSeesEveryBoardRowAsFiguresButOpensNoCase() {
        List<String> steering = List.of(Groups.STEERING_GROUP);
        assertThat(Roles.seesEveryBoardRow(steering)).isTrue();
        assertThat(Roles.seesBoardFiguresOnly(steering)).isTrue();
        assertThat(Roles.opensEveryCase(steering)).isFalse();
    }

    @Test
    void teamLeadsAndAdministratorsOpenEveryCaseAndSeeTheBoardWithNames() {
        for (String group : List.of(Groups.TEAM_LEAD, Groups.ADMIN)) {
            assertThat(Roles.opensEveryCase(List.of(group))).isTrue();
            assertThat(Roles.seesEveryBoardRow(List.of(group))).isTrue();
            assertThat(Roles.seesBoardFiguresOnly(List.of(group, Groups.STEERING_GROUP)))
                    .isFalse();
        }
    }

    @Test
    void aCaseworkerSeesOnlyHerOwnCases() {
        List<String> caseworker = List.of(Groups.SOF, Groups.COORDINATOR);
        assertThat(Roles.opensEveryCase(caseworker)).isFalse();
        assertThat(Roles.seesEveryBoardRow(caseworker)).isFalse();
        assertThat(Roles.readsReports(caseworker)).isTrue();
        assertThat(Roles.mayEndCases(caseworker)).isTrue();
        assertThat(Roles.audits(caseworker)).isFalse();
        assertThat(Roles.audits(null)).isFalse();
    }

    @Test
    void onlyTheDataProtectionOfficerAuditsAndOnlyAdministratorsRunRetention() {
        assertThat(Roles.audits(List.of(Groups.DPO))).isTrue();
        assertThat(Roles.audits(List.of(Groups.ADMIN))).isFalse();
        assertThat(Roles.mayRunRetention(List.of(Groups.ADMIN))).isTrue();
        assertThat(Roles.mayRunRetention(List.of(Groups.TEAM_LEAD))).isFalse();
        assertThat(Roles.readsDeploymentLog(List.of(Groups.ADMIN))).isTrue();
        assertThat(Roles.readsDeploymentLog(List.of(Groups.PROCESS_DESIGNER))).isFalse();
    }
}
