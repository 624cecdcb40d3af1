package dk.tvaers.referral;

import static dk.tvaers.referral.Families.cpr;
import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.process.AdultPathwayIds;
import dk.tvaers.process.AdultPathwayProcess;
import dk.tvaers.process.FamilyInterventionIds;
import dk.tvaers.process.FamilyInterventionProcess;
import dk.tvaers.support.FamilyScenario;
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

/**
 * A 17-year-old in a family case on real PostgreSQL: on the 18th birthday the coordinator hands the young adult over
 * to Klar/Parat/Start, who runs the whole course to discharge; the outcome report counts the discharge.
 */
class AdultPathIntegrationTest extends PostgresIntegrationTest {

    private static final String A = AdultPathwayIds.Elements.USER_VISIT_ADULT;

    @Autowired
    ProcessEngine engine;

    @Test
    @SuppressWarnings("unchecked")
    void aChildWhoTurns18IsHandedOverAndRunsKlarParatStartToDischarge() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        LocalDate birthday = today.plusDays(9);
        LocalDate born = birthday.minusYears(18);
        String caseNumber = family(born).registered(this::as, engine).caseNumber();
        TaskDriver driver = new TaskDriver(this::as, engine);

        // the 18th birthday is watched from the case record's date of birth: the decision on support after 18 is
        // asked for six months before it (tvaers.deadlines.support-after18-notice), here already passed: at once
        ProcessInstance family = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(FamilyInterventionProcess.KEY)
                .singleResult();
        Job birthdayTimer = driver.timer(family.getId(), FamilyInterventionIds.Elements.TIMER_EIGHTEENTH_BIRTHDAY);
        assertThat(birthdayTimer.getDuedate())
                .isEqualTo(Date.from(birthday.minusMonths(6)
                        .atStartOfDay(ZoneId.of("Europe/Copenhagen"))
                        .toInstant()));
        // the birthday comes: the case record and the engine both see that day
        clock.set(birthday.atTime(8, 0).atZone(ZoneId.of("Europe/Copenhagen")).toInstant());
        driver.run(birthdayTimer);
        driver.complete(
                "mette",
                caseNumber,
                FamilyInterventionIds.Elements.USER_DECIDE_HANDOVER_AT_18,
                Map.of(
                        FamilyInterventionIds.Variables.HANDOVER_AT18,
                        "ADULT_PATH",
                        FamilyInterventionIds.Variables.SUPPORT_AFTER18,
                        "GRANTED",
                        FamilyInterventionIds.Variables.YOUNG_PERSONS_VIEW,
                        "Vil gerne videre i Klar/Parat/Start"));
        // the hand-over is a step of its own (asyncBefore): the job executor opens the course after the decision
        driver.run(driver.timer(family.getId(), FamilyInterventionIds.Elements.SERVICE_START_ADULT_PATH));

        ProcessInstance course = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(AdultPathwayProcess.KEY)
                .variableValueEquals(AdultPathwayIds.Variables.CASE_NUMBER, caseNumber)
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
                        AdultPathwayIds.Variables.ADULT_VISITATION_DECISION, "VISITED",
                        AdultPathwayIds.Variables.ADULT_VISITATION_REASON, "Overgang fra familieindsatsen"));
        driver.claim("ahmed", courseNumber, AdultPathwayIds.Elements.USER_ASSIGN_MENTOR);
        driver.complete(
                "ahmed",
                courseNumber,
                AdultPathwayIds.Elements.USER_ASSIGN_MENTOR,
                Map.of(AdultPathwayIds.Variables.MENTOR_ACCEPTED, true));
        assertThat(as("lars").getForObject("/api/adult-courses/" + courseNumber, Map.class))
                .containsEntry("mentor", "ahmed");
        driver.complete(
                "ahmed",
                courseNumber,
                AdultPathwayIds.Elements.USER_LIFE_CONDUCT_INTERVIEW,
                Map.of(
                        AdultPathwayIds.Variables.MOTIVATION, "4",
                        AdultPathwayIds.Variables.AMBIVALENCE, "MEDIUM",
                        AdultPathwayIds.Variables.ABUSE_TREATMENT_NEEDED, false,
                        AdultPathwayIds.Variables.ART_NEEDED, true,
                        AdultPathwayIds.Variables.NEED_JOBCENTER, true,
                        AdultPathwayIds.Variables.NEED_UU, false,
                        AdultPathwayIds.Variables.NEED_FAMILY_CENTRE, false,
                        AdultPathwayIds.Variables.NEED_ABUSE_COORDINATOR, false,
                        AdultPathwayIds.Variables.LIFE_CONDUCT_PLAN_RECORDED, true));
        driver.complete("sofie", courseNumber, AdultPathwayIds.Elements.USER_COMMIT_SOCIAL_SERVICES, committed());
        driver.complete("fatima", courseNumber, AdultPathwayIds.Elements.USER_COMMIT_JOBCENTER, committed());

        // Parat, with the mentor's logbook alongside
        assertThat(as("lars").getForObject("/api/adult-courses/" + courseNumber, Map.class))
                .containsEntry("phase", "PARAT");
        driver.complete(
                "ahmed",
                courseNumber,
                AdultPathwayIds.Elements.USER_WEEKLY_LOGBOOK,
                Map.of(AdultPathwayIds.Variables.LOGBOOK_WRITTEN, true));
        driver.complete("ahmed", courseNumber, AdultPathwayIds.Elements.USER_CITIZENSHIP_EDUCATION, attended());
        driver.complete("ahmed", courseNumber, AdultPathwayIds.Elements.USER_ART_TRAINING, attended());
        driver.complete("karen", courseNumber, AdultPathwayIds.Elements.USER_SPORT_HEALTH, attended());

        // Start
        driver.complete(
                "jonas",
                courseNumber,
                AdultPathwayIds.Elements.USER_EDUCATION_GUIDANCE,
                Map.of(AdultPathwayIds.Variables.GUIDANCE_GIVEN, true));
        driver.complete(
                "fatima",
                courseNumber,
                AdultPathwayIds.Elements.USER_EMPLOYMENT,
                Map.of(AdultPathwayIds.Variables.EMPLOYMENT_TYPE, "ORDINARY_JOB"));
        driver.complete(
                "mette",
                courseNumber,
                AdultPathwayIds.Elements.USER_DISCHARGE,
                Map.of(
                        AdultPathwayIds.Variables.OUTCOME, "MOVED_TO_EMPLOYMENT",
                        AdultPathwayIds.Variables.SIGNIFICANT_POSITIVE_MOVEMENT, true,
                        AdultPathwayIds.Variables.MOVEMENT_REASON, "JOB"));

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
        assertThat(count(after, "prosecutedWhileEnrolled")).isEqualTo(count(before, "prosecutedWhileEnrolled"));
    }

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock.reset();
    }

    private FamilyScenario family(LocalDate bornOfEldest) {
        return FamilyScenario.in("Brønshøj-Husum")
                .referredBy("POLICE", "Den ældste er sigtet for indbrud.", 3)
                .awareDaysAgo(5)
                .member("Hanne Berg", cpr(LocalDate.of(1979, 9, 14), 481), "PARENT")
                .member("Emil Berg", cpr(bornOfEldest, 592), "CHILD");
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
        return Map.of(AdultPathwayIds.Variables.ACTOR_COMMITTED, true);
    }

    private static Map<String, Object> attended() {
        return Map.of(
                AdultPathwayIds.Variables.SESSIONS_ATTENDED, 6, AdultPathwayIds.Variables.ACTIVITY_COMPLETED, true);
    }
}
