package dk.tvaers.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.deployment.Finding.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The review's rules on their own, without an engine: the project's models and forms pass; each kind of code
 * execution, each timer out of bounds and each non-FEEL decision is found, naming the element. The same rules through
 * the REST API: {@link DeploymentReviewIntegrationTest}.
 */
class DeploymentReviewTest {

    /** The application's beans as the models see them: the allow-listed ones, Tværs's delegates, engine services. */
    static final ExpressionReview.Beans BEANS = new ExpressionReview.Beans() {
        private final Set<String> others = Set.of(
                "deadlines",
                "legalBasis",
                "caseRecord",
                "casePhases",
                "adultPhases",
                "identityService",
                "runtimeService",
                "processEngine",
                "caseRecordService",
                "dataSource");

        @Override
        public boolean isBean(String name) {
            return others.contains(name) || type(name) != null;
        }

        @Override
        public Class<?> type(String name) {
            if (name.equals("identityService")) {
                return org.camunda.bpm.engine.IdentityService.class;
            }
            try {
                Class<?> type =
                        Class.forName("dk.tvaers.process." + Character.toUpperCase(name.charAt(0)) + name.substring(1));
                // a bean is a component (or one of the others): a variable named like a type, endReason, is not
                boolean bean = others.contains(name)
                        || type.isAnnotationPresent(org.springframework.stereotype.Component.class)
                        || type.isAnnotationPresent(org.springframework.web.bind.annotation.RestController.class);
                return bean ? type : null;
            } catch (ClassNotFoundException | StringIndexOutOfBoundsException e) {
                return null;
            }
        }
    };

    static final DeploymentReviewProperties DEFAULTS =
            new DeploymentReviewProperties(null, null, null, null, null, null, null, null, null, null, null);

    private final DeploymentReview review = new DeploymentReview(DEFAULTS, BEANS, element -> "feel");
    private final ExpressionReview expressions = new ExpressionReview(DEFAULTS, BEANS);

    @Test
    void theProjectsModelsAndFormsPass() throws IOException {
        Map<String, byte[]> resources = new LinkedHashMap<>();
        for (String folder : List.of("bpmn", "forms")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path file : files.sorted().toList()) {
                    resources.put(folder + "/" + file.getFileName(), Files.readAllBytes(file));
                }
            }
        }
        assertThat(resources.keySet()).anyMatch(name -> name.endsWith(".bpmn")).anyMatch(n -> n.endsWith(".form"));

        assertThat(review.review(resources, new Date())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "${deadlines.visitation}",
                "${deadlines.investigationDue(awarenessDate)}",
                "${casePhases.enter(caseNumber, 'INTENSIVE')}",
                "${legalBasis.childInvestigation}",
                "#{execution.processBusinessKey}",
                "${visitationDecision == 'VISITED'}",
                "${!capacityAvailable}",
                "${true}",
                "${a and (b or not c)}",
                "${count > 3 ? 'many' : 'few'}",
                "Sag ${caseNumber}",
                "plain text"
            })
    void allowedExpressions(String expression) {
        assertThat(expressions.check(expression, ExpressionReview.Use.VALUE)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "${identityService.createMembership('peter','camunda-admin')}",
                "${identityService}",
                "${execution.getProcessEngineServices().getIdentityService()}",
                "${execution.processEngineServices.identityService}",
                "${execution.processEngine.identityService}",
                "${execution.getVariable('x')}",
                "${task.delete()}",
                "${authenticatedUserId}",
                "${caseNumber.getClass().forName('java.lang.Runtime')}",
                "${caseNumber.class}",
                "${''.getClass()}",
                "${deadlines.class.classLoader}",
                "${deadlines['class']}",
                "${deadlines.setRegistration('PT1S')}",
                "${caseRecordService.dateOfBirth(1)}",
                "${x.toString()}",
                "${now()}",
                "${currentUser()}",
                "${runtimeService.deleteProcessInstance(execution.id, '')}",
                "${Runtime.getRuntime().exec('id')}",
                "${dataSource}",
                "${unclosed"
            })
    void refusedExpressions(String expression) {
        assertThat(expressions.check(expression, ExpressionReview.Use.VALUE)).isNotEmpty();
    }

    @Test
    void aDelegateExpressionNamesOneOfTvaerssDelegatesOrListeners() {
        assertThat(expressions.check("${openCaseDelegate}", ExpressionReview.Use.DELEGATE))
                .isEmpty();
        assertThat(expressions.check("${assignMentorListener}", ExpressionReview.Use.DELEGATE))
                .isEmpty();
        assertThat(expressions.check("${identityService}", ExpressionReview.Use.DELEGATE))
                .isNotEmpty();
        assertThat(expressions.check("${unknownDelegate}", ExpressionReview.Use.DELEGATE))
                .isNotEmpty();
        assertThat(expressions.check("${openCaseDelegate.execute(execution)}", ExpressionReview.Use.DELEGATE))
                .isNotEmpty();
        assertThat(expressions.check("openCaseDelegate", ExpressionReview.Use.DELEGATE))
                .isNotEmpty();
    }

    @Test
    void theEscalationModelFromTheIssueIsFoundAtItsServiceTask() {
        List<Finding> findings = bpmn(
                """
                <bpmn:serviceTask id="service_escalate" camunda:asyncBefore="true"
                    camunda:expression="${identityService.createMembership('peter','camunda-admin')}"/>
                """);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.elementId()).isEqualTo("service_escalate");
            assertThat(f.rule()).isEqualTo(Rule.EXPRESSION);
            assertThat(f.getMessage()).contains("model.bpmn", "service_escalate", "identityService", "udtryk");
        });
    }

    @Test
    void scriptsClassesConnectorsAndExternalTasksAreFound() {
        assertThat(
                        rules(
                                bpmn(
                                        """
                        <bpmn:scriptTask id="script_task" scriptFormat="groovy">
                          <bpmn:script>java.lang.Runtime.getRuntime().exec('id')</bpmn:script>
                        </bpmn:scriptTask>
                        """)))
                .containsExactly("script_task:SCRIPT");
        assertThat(rules(bpmn("<bpmn:serviceTask id=\"service_class\" camunda:class=\"java.lang.Thread\"/>")))
                .containsExactly("service_class:JAVA_CLASS");
        assertThat(
                        rules(
                                bpmn(
                                        """
                        <bpmn:userTask id="user_listener">
                          <bpmn:extensionElements>
                            <camunda:taskListener event="create" class="com.example.Evil"/>
                            <camunda:executionListener event="start">
                              <camunda:script scriptFormat="javascript">1</camunda:script>
                            </camunda:executionListener>
                            <camunda:inputOutput>
                              <camunda:inputParameter name="x">
                                <camunda:script scriptFormat="groovy" resource="deployment://evil.groovy"/>
                              </camunda:inputParameter>
                            </camunda:inputOutput>
                          </bpmn:extensionElements>
                        </bpmn:userTask>
                        """)))
                .containsExactly(
                        "user_listener:JAVA_CLASS",
                        "user_listener:SCRIPT",
                        "user_listener:SCRIPT",
                        "user_listener:SCRIPT");
        assertThat(
                        rules(
                                bpmn(
                                        """
                        <bpmn:serviceTask id="service_connector">
                          <bpmn:extensionElements>
                            <camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector>
                          </bpmn:extensionElements>
                        </bpmn:serviceTask>
                        """)))
                .containsExactly("service_connector:CONNECTOR");
        assertThat(rules(bpmn(
                        "<bpmn:serviceTask id=\"service_external\" camunda:type=\"external\" camunda:topic=\"x\"/>")))
                .containsExactly("service_external:EXTERNAL_TASK");
        assertThat(
                        rules(
                                bpmn(
                                        """
                        <bpmn:sequenceFlow id="flow_script" sourceRef="a" targetRef="b">
                          <bpmn:conditionExpression language="groovy">true</bpmn:conditionExpression>
                        </bpmn:sequenceFlow>
                        """)))
                .containsExactly("flow_script:SCRIPT");
    }

    @Test
    void elementsAreFoundWhateverTheirNamespaceAsTheEngineReadsThem() {
        assertThat(
                        rules(
                                bpmn(
                                        """
                        <x:scriptTask xmlns:x="urn:elsewhere" id="script_elsewhere" scriptFormat="groovy">
                          <x:script>1</x:script>
                        </x:scriptTask>
                        """)))
                .containsExactly("script_elsewhere:SCRIPT");
        assertThat(rules(bpmn("<bpmn:serviceTask id=\"service_activiti\" xmlns:activiti=\"http://activiti.org/bpmn\""
                        + " activiti:class=\"org.example.Evil\"/>")))
                .containsExactly("service_activiti:JAVA_CLASS");
        String upperCase = model("<bpmn:startEvent id=\"start\"/>")
                .replace("isExecutable=\"true\"", "isExecutable=\"TRUE\"")
                .replace("P1825D", "P1D");
        assertThat(rules(review.review(Map.of("model.bpmn", bytes(upperCase)), new Date())))
                .containsExactly("process_probe:HISTORY_TIME_TO_LIVE");
    }

    @Test
    void formsThatWriteThroughExpressionsOrComeFromElsewhereAreFound() {
        assertThat(
                        rules(
                                bpmn(
                                        """
                        <bpmn:userTask id="user_property">
                          <bpmn:extensionElements>
                            <camunda:formProperty id="p" expression="#{deadlines.registration}" writable="true"/>
                          </bpmn:extensionElements>
                        </bpmn:userTask>
                        """)))
                .containsExactly("user_property:FORM");
        assertThat(rules(bpmn("<bpmn:userTask id=\"user_embedded\" camunda:formKey=\"embedded:deployment:x.html\"/>")))
                .containsExactly("user_embedded:FORM");
        assertThat(rules(bpmn(
                        "<bpmn:userTask id=\"user_form\" camunda:formKey=\"camunda-forms:deployment:forms/x.form\"/>")))
                .isEmpty();
    }

    @Test
    void timersOutOfBoundsAreFoundAtTheirEvent() {
        assertThat(rules(bpmn(timer("timeCycle", "R/PT1S")))).containsExactly("timer_event:TIMER");
        assertThat(rules(bpmn(timer("timeCycle", "R5/2026-01-01T08:00:00/PT30S"))))
                .containsExactly("timer_event:TIMER");
        assertThat(rules(bpmn(timer("timeCycle", "* * * * * ?")))).containsExactly("timer_event:TIMER");
        assertThat(rules(bpmn(timer("timeCycle", "0,1 0 3 * * ?")))).containsExactly("timer_event:TIMER");
        assertThat(rules(bpmn(timer("timeDuration", "P11Y")))).containsExactly("timer_event:TIMER");
        assertThat(rules(bpmn(timer("timeCycle", "R/${pace}")))).containsExactly("timer_event:TIMER");
        assertThat(rules(bpmn(timer("timeDuration", "${identityService}")))).containsExactly("timer_event:EXPRESSION");

        assertThat(rules(bpmn(timer("timeCycle", "R/PT1M")))).isEmpty();
        assertThat(rules(bpmn(timer("timeCycle", "R/P28D")))).isEmpty();
        assertThat(rules(bpmn(timer("timeCycle", "0 0 8 * * MON-FRI")))).isEmpty();
        assertThat(rules(bpmn(timer("timeCycle", "R/${deadlines.coordinationMeetingCycle}"))))
                .isEmpty();
        assertThat(rules(bpmn(timer("timeDuration", "P10Y")))).isEmpty();
        assertThat(rules(bpmn(timer("timeDuration", "P2W")))).isEmpty();
        assertThat(rules(bpmn(timer("timeDate", "${deadlines.investigationDue(awarenessDate)}"))))
                .isEmpty();
    }

    @Test
    void anExecutableProcessKeepsItsHistoryAtLeastTheMinimum() {
        String model = model("<bpmn:startEvent id=\"start\"/>").replace("P1825D", "P30D");
        assertThat(rules(review.review(Map.of("model.bpmn", bytes(model)), new Date())))
                .containsExactly("process_probe:HISTORY_TIME_TO_LIVE");
        String notExecutable = model.replace("isExecutable=\"true\"", "isExecutable=\"false\"");
        assertThat(review.review(Map.of("model.bpmn", bytes(notExecutable)), new Date()))
                .isEmpty();
    }

    @Test
    void aDecisionInJuelOrAScriptLanguageIsFound() {
        String dmn =
                """
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                    xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="defs" name="d" namespace="http://tvaers.dk">
                  <decision id="decision_probe" name="Prøve" camunda:historyTimeToLive="P1825D">
                    <decisionTable id="table">
                      <input id="input_1">
                        <inputExpression id="input_expression" typeRef="string" expressionLanguage="%s">
                          <text>%s</text>
                        </inputExpression>
                      </input>
                      <output id="output_1" name="result" typeRef="string"/>
                      <rule id="rule_1">
                        <inputEntry id="entry_1"><text>"a"</text></inputEntry>
                        <outputEntry id="out_1"><text>"b"</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """;
        assertThat(rules(review.review(
                        Map.of("d.dmn", bytes(dmn.formatted("juel", "${identityService.createMembership('a','b')}"))),
                        new Date())))
                .containsExactly("input_expression:EXPRESSION_LANGUAGE");
        assertThat(rules(review.review(Map.of("d.dmn", bytes(dmn.formatted("groovy", "1"))), new Date())))
                .containsExactly("input_expression:EXPRESSION_LANGUAGE");
        assertThat(review.review(Map.of("d.dmn", bytes(dmn.formatted("feel", "district"))), new Date()))
                .isEmpty();

        DeploymentReview legacy = new DeploymentReview(DEFAULTS, BEANS, element -> "juel");
        String withoutLanguage = dmn.formatted("feel", "district").replace(" expressionLanguage=\"feel\"", "");
        assertThat(rules(legacy.review(Map.of("d.dmn", bytes(withoutLanguage)), new Date())))
                .contains("input_expression:EXPRESSION_LANGUAGE");
    }

    @Test
    void otherFileTypesAndUnlistedFormComponentsAreFound() {
        assertThat(rules(review.review(Map.of("evil.html", bytes("<script>alert(1)</script>")), new Date())))
                .containsExactly("null:RESOURCE_TYPE");
        assertThat(rules(review.review(Map.of("case.cmmn", bytes("<definitions/>")), new Date())))
                .containsExactly("null:RESOURCE_TYPE");
        String form =
                """
                {"id": "form_probe", "type": "default", "components": [
                  {"id": "group_1", "type": "group", "components": [
                    {"id": "html_1", "type": "html", "content": "<img src=x onerror=alert(1)>"}]}]}
                """;
        assertThat(rules(review.review(Map.of("forms/probe.form", bytes(form)), new Date())))
                .containsExactly("html_1:FORM");
    }

    @Test
    void aDoctypeIsRefusedSoThatNoEntityHidesAnExpression() {
        String model = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"${identityService}\">]>"
                + model("<bpmn:startEvent id=\"start\" name=\"&e;\"/>").replaceFirst("<\\?xml[^>]*>", "");
        assertThat(rules(review.review(Map.of("model.bpmn", bytes(model)), new Date())))
                .containsExactly("null:UNREADABLE");
    }

    private List<Finding> bpmn(String elements) {
        return review.review(Map.of("model.bpmn", bytes(model(elements))), new Date());
    }

    private static String timer(String kind, String value) {
        return """
                <bpmn:intermediateCatchEvent id="timer_event">
                  <bpmn:timerEventDefinition id="timer_event_def">
                    <bpmn:%s xsi:type="bpmn:tFormalExpression">%s</bpmn:%s>
                  </bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                """
                .formatted(kind, value, kind);
    }

    static String model(String elements) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    id="definitions_probe" targetNamespace="http://tvaers.dk">
                  <bpmn:process id="process_probe" isExecutable="true" camunda:historyTimeToLive="P1825D">
                %s
                  </bpmn:process>
                </bpmn:definitions>
                """
                .formatted(elements);
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(f -> f.elementId() + ":" + f.rule()).toList();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
