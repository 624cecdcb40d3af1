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
import dk.tvaers.support.TestUsers;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hand-over at 18 to Klar/Parat/Start is an asynchronous step (issue 16): on real PostgreSQL, while the course
 * register refuses new courses (a trigger stands in for a system that does not answer), the coordinator's decision is
 * stored all the same (204), the hand-over fails every try of {@code tvaers.jobs.retry-cycle} and becomes a Cockpit
 * incident naming the step and the case, the team lead gets her follow-up; a retry is refused to another
 * administration, a process designer, no password and a wrong one (nothing changes); when the register answers again
 * the team lead's retry (what Cockpit's "Retry" sends) opens the course and the case goes on.
 */
class HandOverIncidentIntegrationTest extends PostgresIntegrationTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    dk.tvaers.security.LoginThrottle loginThrottle;

    @AfterEach
    void registerAnswersAndClockResets() {
        registerAnswers();
        clock.reset();
    }

    @Test
    void aFailingHandOverBecomesAnIncidentAndTheTeamLeadsRetryOpensTheCourse() {
        LocalDate birthday = LocalDate.now(ZONE).plusDays(11);
        String caseNumber = FamilyScenario.in("Bispebjerg")
                .referredBy("POLICE", "Den ældste er sigtet for hærværk.", 3)
                .awareDaysAgo(4)
                .member("Lone Holm", cpr(LocalDate.of(1980, 2, 3), 482), "PARENT")
                .member("Mads Holm", cpr(birthday.minusYears(18), 593), "CHILD")
                .registered(this::as, engine)
                .caseNumber();
        TaskDriver driver = new TaskDriver(this::as, engine);
        ProcessInstance family = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(FamilyInterventionProcess.KEY)
                .singleResult();
        clock.set(birthday.atTime(8, 0).atZone(ZONE).toInstant());
        driver.run(driver.timer(family.getId(), FamilyInterventionIds.Elements.TIMER_EIGHTEENTH_BIRTHDAY));

        registerDown();
        // the coordinator's decision does not wait for the course register: it is stored (204)
        driver.complete(
                "mette",
                caseNumber,
                FamilyInterventionIds.Elements.USER_DECIDE_HANDOVER_AT_18,
                Map.of(
                        FamilyInterventionIds.Variables.HANDOVER_AT18, "ADULT_PATH",
                        FamilyInterventionIds.Variables.SUPPORT_AFTER18, "GRANTED",
                        FamilyInterventionIds.Variables.YOUNG_PERSONS_VIEW, "Vil gerne i Klar/Parat/Start"));
        assertThat(driver.tasks("mette", caseNumber, FamilyInterventionIds.Elements.USER_DECIDE_HANDOVER_AT_18))
                .isEmpty();
        Job handOver = driver.timer(family.getId(), FamilyInterventionIds.Elements.SERVICE_START_ADULT_PATH);
        assertThat(handOver.getRetries()).isEqualTo(3);

        for (int i = 0; i < 3; i++) {
            try {
                driver.run(handOver);
            } catch (RuntimeException expected) {
                // the register does not answer
            }
        }
        assertThat(job(handOver).getRetries()).isZero();
        Incident incident = incident(family);
        assertThat(incident.getActivityId()).isEqualTo(FamilyInterventionIds.Elements.SERVICE_START_ADULT_PATH);
        assertThat(incident.getIncidentMessage())
                .startsWith("Trinnet «Start Klar/Parat/Start» i sag " + caseNumber
                        + " fejlede ved alle forsøg (R3/PT1M) og er standset.")
                .doesNotContain("Mads", "Holm");
        assertThat(driver.tasks("henrik", caseNumber, "user_follow_up_incident"))
                .singleElement()
                .satisfies(task ->
                        assertThat(task).containsEntry("name", "Opfølgning: Et automatisk trin i sagen fejler"));
        assertThat(courses(caseNumber)).isZero();

        String designer = TestUsers.processDesigner(engine, "handover-designer");
        for (TestRestTemplate outsider :
                List.of(as("jonas"), as(designer), http, http.withBasicAuth("karen", "forkert"))) {
            ResponseEntity<String> refused = TaskDriver.retryJob(outsider, handOver.getId());
            assertThat(refused.getStatusCode().is4xxClientError())
                    .as("%s", refused)
                    .isTrue();
            assertThat(job(handOver).getRetries()).as("nothing changed").isZero();
            assertThat(incident(family)).isNotNull();
        }
        // the wrong password's delay is not for the tests after this one
        loginThrottle.forget("karen");

        // the register answers again; the team lead retries in Cockpit and the job executor takes the step
        registerAnswers();
        ResponseEntity<String> retried = TaskDriver.retryJob(as("henrik"), handOver.getId());
        assertThat(retried.getStatusCode().value()).as("%s", retried).isEqualTo(204);
        assertThat(engine.getRuntimeService()
                        .createIncidentQuery()
                        .processInstanceId(family.getId())
                        .count())
                .isZero();
        driver.run(handOver);
        assertThat(courses(caseNumber)).isOne();
        assertThat(engine.getHistoryService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(family.getId())
                        .activityId(FamilyInterventionIds.Elements.END_ADULT_PATH_STARTED)
                        .finished()
                        .count())
                .isOne();
    }

    /** A stand-in for a course register that does not answer: every new course is refused by the database. */
    private void registerDown() {
        jdbc.execute("CREATE OR REPLACE FUNCTION test_course_register_down() RETURNS trigger LANGUAGE plpgsql AS"
                + " $$ BEGIN RAISE EXCEPTION 'Forløbsregistret svarer ikke'; END $$");
        jdbc.execute("CREATE TRIGGER test_course_register_down BEFORE INSERT ON adult_course"
                + " FOR EACH ROW EXECUTE FUNCTION test_course_register_down()");
    }

    private void registerAnswers() {
        jdbc.execute("DROP TRIGGER IF EXISTS test_course_register_down ON adult_course");
    }

    private long courses(String caseNumber) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(AdultPathwayProcess.KEY)
                .variableValueEquals(AdultPathwayIds.Variables.CASE_NUMBER, caseNumber)
                .count();
    }

    private Job job(Job job) {
        return engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult();
    }

    private Incident incident(ProcessInstance family) {
        return engine.getRuntimeService()
                .createIncidentQuery()
                .processInstanceId(family.getId())
                .singleResult();
    }
}
