package dk.tvaers.referral;

import static dk.tvaers.referral.Families.cpr;
import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.process.AdultPathwayProcess;
import dk.tvaers.process.FamilyInterventionProcess;
import dk.tvaers.support.PostgresIntegrationTest;
import dk.tvaers.support.TaskDriver;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A 17-year-old in a family case on real PostgreSQL: on the 18th birthday the coordinator hands the young adult over
 * to Klar/Parat/Start, who runs the whole course to discharge; the outcome report counts the discharge.
 */
class AdultPathIntegrationTest extends PostgresIntegrationTest {

    private static final String A = AdultPathwayProcess.Elements.USER_VISIT_ADULT;

    @Autowired
    ProcessEngine engine;

    @Test
    @SuppressWarnings("unchecked")
    void aChildWhoTurns18IsHandedOverAndRunsKlarParatStartToDischarge() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        LocalDate birthday = today.plusDays(9);
        LocalDate born = birthday.minusYears(18);
        String caseNumber = refer(born);
        TaskDriver driver = new TaskDriver(this::as, engine);
        driver.complete(
                "mette",
                caseNumber,
                FamilyInterventionProcess.Elements.USER_REGISTER_MEMBERS,
                Map.of(FamilyInterventionProcess.Variables.MEMBERS_REGISTERED, true));

        // the 18th birthday is watched from the case record's date of birth, at midnight Danish time
        ProcessInstance family = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(FamilyInterventionProcess.KEY)
                .singleResult();
        Job birthdayTimer = driver.timer(family.getId(), FamilyInterventionProcess.Elements.TIMER_EIGHTEENTH_BIRTHDAY);
        assertThat(birthdayTimer.getDuedate())
                .isEqualTo(Date.from(
                        birthday.atStartOfDay(ZoneId.of("Europe/Copenhagen")).toInstant()));
        // the birthday comes: the case record and the engine both see that day
        clock.set(birthday.atTime(8, 0).atZone(ZoneId.of("Europe/Copenhagen")).toInstant());
        driver.run(birthdayTimer);
        driver.complete(
                "mette",
                caseNumber,
                FamilyInterventionProcess.Elements.USER_DECIDE_HANDOVER_AT_18,
                Map.of(FamilyInterventionProcess.Variables.HANDOVER_AT18, "ADULT_PATH"));

        ProcessInstance course = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(AdultPathwayProcess.KEY)
                .variableValueEquals(AdultPathwayProcess.Variables.CASE_NUMBER, caseNumber)
                .singleResult();
        assertThat(course).isNotNull();
        String courseNumber = course.getBusinessKey();
        Map<String, Object> opened = as("lars").getForObject("/api/adult-courses/" + courseNumber, Map.class);
        assertThat(opened).containsEntry("phase", "KLAR").containsEntry("referralSource", "FAMILY_CASE");
        Map<String, Object> before = outcomes(birthday);

        // Klar
        driver.complete(
                "lars",
                courseNumber,
                A,
                Map.of(
                        AdultPathwayProcess.Variables.ADULT_VISITATION_DECISION, "VISITED",
                        AdultPathwayProcess.Variables.ADULT_VISITATION_REASON, "Overgang fra familieindsatsen"));
        driver.claim("ahmed", courseNumber, AdultPathwayProcess.Elements.USER_ASSIGN_MENTOR);
        driver.complete(
                "ahmed",
                courseNumber,
                AdultPathwayProcess.Elements.USER_ASSIGN_MENTOR,
                Map.of(AdultPathwayProcess.Variables.MENTOR_ACCEPTED, true));
        assertThat(as("lars").getForObject("/api/adult-courses/" + courseNumber, Map.class))
                .containsEntry("mentor", "ahmed");
        driver.complete(
                "ahmed",
                courseNumber,
                AdultPathwayProcess.Elements.USER_LIFE_CONDUCT_INTERVIEW,
                Map.of(
                        AdultPathwayProcess.Variables.MOTIVATION, "4",
                        AdultPathwayProcess.Variables.AMBIVALENCE, "MEDIUM",
                        AdultPathwayProcess.Variables.ABUSE_TREATMENT_NEEDED, false,
                        AdultPathwayProcess.Variables.NEED_JOBCENTER, true,
                        AdultPathwayProcess.Variables.NEED_UU, false,
                        AdultPathwayProcess.Variables.NEED_FAMILY_CENTRE, false,
                        AdultPathwayProcess.Variables.NEED_ABUSE_COORDINATOR, false,
                        AdultPathwayProcess.Variables.LIFE_CONDUCT_PLAN_RECORDED, true));
        driver.complete("sofie", courseNumber, AdultPathwayProcess.Elements.USER_COMMIT_SOCIAL_SERVICES, committed());
        driver.complete("fatima", courseNumber, AdultPathwayProcess.Elements.USER_COMMIT_JOBCENTER, committed());

        // Parat, with the mentor's logbook alongside
        assertThat(as("lars").getForObject("/api/adult-courses/" + courseNumber, Map.class))
                .containsEntry("phase", "PARAT");
        driver.complete(
                "ahmed",
                courseNumber,
                AdultPathwayProcess.Elements.USER_WEEKLY_LOGBOOK,
                Map.of(AdultPathwayProcess.Variables.LOGBOOK_WRITTEN, true));
        driver.complete("ahmed", courseNumber, AdultPathwayProcess.Elements.USER_CITIZENSHIP_EDUCATION, attended());
        driver.complete("ahmed", courseNumber, AdultPathwayProcess.Elements.USER_ART_TRAINING, attended());
        driver.complete("karen", courseNumber, AdultPathwayProcess.Elements.USER_SPORT_HEALTH, attended());

        // Start
        driver.complete(
                "jonas",
                courseNumber,
                AdultPathwayProcess.Elements.USER_EDUCATION_GUIDANCE,
                Map.of(AdultPathwayProcess.Variables.GUIDANCE_GIVEN, true));
        driver.complete(
                "fatima",
                courseNumber,
                AdultPathwayProcess.Elements.USER_EMPLOYMENT,
                Map.of(AdultPathwayProcess.Variables.EMPLOYMENT_TYPE, "ORDINARY_JOB"));
        driver.complete(
                "mette",
                courseNumber,
                AdultPathwayProcess.Elements.USER_DISCHARGE,
                Map.of(
                        AdultPathwayProcess.Variables.OUTCOME, "MOVED_TO_EMPLOYMENT",
                        AdultPathwayProcess.Variables.SIGNIFICANT_POSITIVE_MOVEMENT, true,
                        AdultPathwayProcess.Variables.MOVEMENT_REASON, "JOB"));

        Map<String, Object> discharged = as("lars").getForObject("/api/adult-courses/" + courseNumber, Map.class);
        assertThat(discharged).containsEntry("phase", "DISCHARGED").containsEntry("age", 18);
        assertThat((Map<String, Object>) discharged.get("discharge"))
                .containsEntry("dischargedOn", birthday.toString())
                .containsEntry("outcome", "MOVED_TO_EMPLOYMENT")
                .containsEntry("significantPositiveMovement", true)
                .containsEntry("movementReason", "JOB");
        assertThat((List<Map<String, Object>>) discharged.get("phases"))
                .extracting(p -> p.get("phase"))
                .containsExactly("KLAR", "PARAT", "START", "DISCHARGED");
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(course.getId())
                        .count())
                .isZero();
        // the family case goes on
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(family.getId())
                        .count())
                .isEqualTo(1);

        // the outcome report for the day counts this discharge in every criterion it meets
        Map<String, Object> after = outcomes(birthday);
        assertThat(number(after, "discharged")).isEqualTo(number(before, "discharged") + 1);
        assertThat(number((Map<String, Object>) after.get("outcomes"), "MOVED_TO_EMPLOYMENT"))
                .isEqualTo(number((Map<String, Object>) before.get("outcomes"), "MOVED_TO_EMPLOYMENT") + 1);
        for (String criterion : List.of("completedOrMovedOn", "significantPositiveMovement")) {
            assertThat(count(after, criterion)).isEqualTo(count(before, criterion) + 1);
        }
        assertThat(count(after, "chargedWhileEnrolled")).isEqualTo(count(before, "chargedWhileEnrolled"));
    }

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock.reset();
    }

    private String refer(LocalDate bornOfEldest) {
        Map<String, Object> referral = Map.of(
                "district", "Brønshøj-Husum",
                "referral",
                        Map.of(
                                "source",
                                "POLICE",
                                "concern",
                                "Den ældste er sigtet for indbrud.",
                                "sspCategory",
                                3,
                                "awarenessDate",
                                LocalDate.now().minusDays(5).toString()),
                "members",
                        List.of(
                                Map.of(
                                        "name",
                                        "Hanne Berg",
                                        "cpr",
                                        cpr(LocalDate.of(1979, 9, 14), 481),
                                        "role",
                                        "PARENT"),
                                Map.of("name", "Emil Berg", "cpr", cpr(bornOfEldest, 592), "role", "CHILD")));
        ResponseEntity<Map> created = as("mette").postForEntity("/api/cases", referral, Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) created.getBody().get("caseNumber");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> outcomes(LocalDate day) {
        return as("birgitte").getForObject("/api/outcomes/adult-path?from=" + day + "&to=" + day, Map.class);
    }

    private static long number(Map<String, Object> map, String key) {
        Object value = map == null ? null : map.get(key);
        return value == null ? 0 : ((Number) value).longValue();
    }

    @SuppressWarnings("unchecked")
    private static long count(Map<String, Object> report, String criterion) {
        return number((Map<String, Object>) ((Map<String, Object>) report.get("criteria")).get(criterion), "count");
    }

    private static Map<String, Object> committed() {
        return Map.of(AdultPathwayProcess.Variables.ACTOR_COMMITTED, true);
    }

    private static Map<String, Object> attended() {
        return Map.of(
                AdultPathwayProcess.Variables.SESSIONS_ATTENDED,
                6,
                AdultPathwayProcess.Variables.ACTIVITY_COMPLETED,
                true);
    }
}
