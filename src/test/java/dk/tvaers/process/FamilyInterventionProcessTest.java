package dk.tvaers.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.tvaers.process.FamilyInterventionProcess.Elements;
import dk.tvaers.process.FamilyInterventionProcess.Variables;
import dk.tvaers.security.Groups;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"bpmn/family-intervention.bpmn", "forms/referral.form", "forms/register-members.form"})
class FamilyInterventionProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.extension();

    @BeforeEach
    void useThisEngine() {
        BpmnAwareTests.init(engine.getProcessEngine());
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        ProcessTestEngine.resetBeans();
    }

    @Test
    void aReferralOpensTheCaseAndAsksTheCoordinatorsToRegisterTheMembers() {
        Instant now = Instant.parse("2026-03-02T09:00:00Z");
        ClockUtil.setCurrentTime(Date.from(now));

        ProcessInstance instance = runtimeService()
                .startProcessInstanceByKey(
                        FamilyInterventionProcess.KEY,
                        withVariables(
                                Variables.DISTRICT, "Nørrebro",
                                Variables.REFERRAL_SOURCE, "SSP",
                                Variables.SSP_CATEGORY, "4",
                                Variables.AWARENESS_DATE, "2026-02-20"));

        assertThat(instance)
                .hasPassed(Elements.START_REFERRAL_RECEIVED, Elements.SERVICE_OPEN_CASE)
                .isWaitingAt(Elements.USER_REGISTER_MEMBERS)
                .hasBusinessKey("TV-2026-99999")
                .variables()
                .containsEntry(Variables.CASE_NUMBER, "TV-2026-99999");
        assertThat(task()).hasCandidateGroup(Groups.COORDINATOR).hasName("Registrér familiens medlemmer");
        assertThat(task().getDueDate()).isEqualTo(Date.from(now.plus(5, ChronoUnit.DAYS)));

        complete(task(), withVariables(Variables.MEMBERS_REGISTERED, true));

        assertThat(instance).hasPassed(Elements.USER_REGISTER_MEMBERS).isEnded();
        assertThat(instance).hasPassed(Elements.END_CASE_REGISTERED);
    }

    @Test
    void aConfiguredDeadlineIsTheDueDate() {
        ProcessDeadlines deadlines = new ProcessDeadlines();
        deadlines.setRegistration("P14D");
        ProcessTestEngine.BEANS.put(ProcessDeadlines.BEAN, deadlines);
        Instant now = Instant.parse("2026-03-02T09:00:00Z");
        ClockUtil.setCurrentTime(Date.from(now));

        ProcessInstance instance = runtimeService().startProcessInstanceByKey(FamilyInterventionProcess.KEY);

        assertThat(instance).isWaitingAt(Elements.USER_REGISTER_MEMBERS);
        assertThat(task().getDueDate()).isEqualTo(Date.from(now.plus(14, ChronoUnit.DAYS)));
    }
}
