package dk.tvaers.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.tvaers.kernel.Groups;
import dk.tvaers.process.FamilyInterventionIds;
import dk.tvaers.process.FamilyInterventionIds.Variables;
import dk.tvaers.process.FamilyInterventionProcess;
import dk.tvaers.security.MissingAdministratorException;
import dk.tvaers.support.Applications;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;

/** Startup as an operator meets it: a restart keeps the cases, and what cannot start says why in one sentence. */
class StartupTest {

    @TempDir
    Path data;

    @AfterEach
    void forgetFailedStart() {
        Applications.forgetFailedStart();
    }

    @Test
    void anH2RestartKeepsAStartedCaseAndItsOpenTask() {
        String url = "spring.datasource.url=jdbc:h2:file:" + data.resolve("tvaers") + ";DB_CLOSE_ON_EXIT=FALSE";
        String instanceId;
        String taskId;
        try (ConfigurableApplicationContext first =
                Applications.start("restart-check", url, "spring.profiles.active=demo")) {
            ProcessEngine engine = first.getBean(ProcessEngine.class);
            // a referral as Tasklist's start form makes it: by a logged-in user, with the concern
            engine.getIdentityService().setAuthentication("mette", List.of("sof", "coordinator"));
            ProcessInstance instance;
            try {
                instance = engine.getRuntimeService()
                        .startProcessInstanceByKey(
                                FamilyInterventionProcess.KEY,
                                Map.of(
                                        Variables.DISTRICT, "Bispebjerg",
                                        Variables.REFERRAL_SOURCE, "SCHOOL",
                                        Variables.SSP_CATEGORY, "3",
                                        Variables.CONCERN, "Bekymring fra skolen",
                                        Variables.AWARENESS_DATE, "2026-09-01"));
            } finally {
                engine.getIdentityService().clearAuthentication();
            }
            instanceId = instance.getId();
            taskId = engine.getTaskService()
                    .createTaskQuery()
                    .processInstanceId(instanceId)
                    .singleResult()
                    .getId();
        }
        try (ConfigurableApplicationContext second =
                Applications.start("restart-check", url, "spring.profiles.active=demo")) {
            ProcessEngine engine = second.getBean(ProcessEngine.class);
            ProcessInstance instance = engine.getRuntimeService()
                    .createProcessInstanceQuery()
                    .processInstanceId(instanceId)
                    .singleResult();
            assertThat(instance).isNotNull();
            assertThat(instance.getBusinessKey()).matches("TV-\\d{4}-\\d{5}");
            Task task = engine.getTaskService()
                    .createTaskQuery()
                    .processInstanceId(instanceId)
                    .singleResult();
            assertThat(task.getId()).isEqualTo(taskId);
            assertThat(task.getTaskDefinitionKey()).isEqualTo(FamilyInterventionIds.Elements.USER_REGISTER_MEMBERS);
        }
    }

    @Test
    void theConfiguredDistrictsReachTheReferralFormAndTheBoardAndARestartDeploysNothingNew() throws Exception {
        String url = "spring.datasource.url=jdbc:h2:file:" + data.resolve("tvaers") + ";DB_CLOSE_ON_EXIT=FALSE";
        long deployments;
        try (ConfigurableApplicationContext first = Applications.start(
                "districts-check", url, "spring.profiles.active=demo", "tvaers.cases.districts=Nord,Syd")) {
            assertThat(startFormDistricts(first)).containsExactly("Nord", "Syd");
            assertThat(get(first, "/api/board/districts")).isEqualTo("[\"Nord\",\"Syd\"]");
            deployments = first.getBean(ProcessEngine.class)
                    .getRepositoryService()
                    .createDeploymentQuery()
                    .count();
        }
        try (ConfigurableApplicationContext second = Applications.start(
                "districts-check", url, "spring.profiles.active=demo", "tvaers.cases.districts=Nord,Syd")) {
            assertThat(second.getBean(ProcessEngine.class)
                            .getRepositoryService()
                            .createDeploymentQuery()
                            .count())
                    .isEqualTo(deployments);
        }
        try (ConfigurableApplicationContext third = Applications.start(
                "districts-check", url, "spring.profiles.active=demo", "tvaers.cases.districts=Nord,Syd,Øst")) {
            assertThat(startFormDistricts(third)).containsExactly("Nord", "Syd", "Øst");
        }
    }

    /** The district options of the referral start form, as Tasklist gets it. */
    private static List<String> startFormDistricts(ConfigurableApplicationContext context) throws Exception {
        JsonNode form = new ObjectMapper()
                .readTree(get(
                        context,
                        "/engine-rest/process-definition/key/" + FamilyInterventionProcess.KEY
                                + "/deployed-start-form"));
        List<String> districts = new ArrayList<>();
        for (JsonNode component : form.path("components")) {
            if (component.path("key").asText().equals("district")) {
                component.path("values").forEach(option -> {
                    assertThat(option.path("label").asText())
                            .isEqualTo(option.path("value").asText());
                    districts.add(option.path("value").asText());
                });
            }
        }
        return districts;
    }

    private static String get(ConfigurableApplicationContext context, String path) throws Exception {
        String port = context.getEnvironment().getProperty("local.server.port");
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString("mette:demo".getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    @Test
    void anUnreachablePostgresIsOneSentenceNamingTheUrl() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/tvaers";
        Throwable failure =
                catchThrowable(() -> Applications.start("unreachable-check", "spring.datasource.url=" + url));

        assertThat(failure).isNotNull();
        FailureAnalysis analysis = new StartupFailureAnalyzer().analyze(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription())
                .startsWith("Tværs cannot reach the database at " + url + ": ")
                .contains("refused")
                .doesNotContain("\n");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
    }

    @Test
    void aDeadlineThatIsNotAPeriodIsOneSentenceNamingTheSetting() {
        Throwable failure = catchThrowable(() -> Applications.start(
                "deadline-check",
                "spring.datasource.url=jdbc:h2:mem:deadline-check;DB_CLOSE_DELAY=-1",
                "spring.profiles.active=demo",
                "tvaers.deadlines.visitation=fjorten dage"));

        assertThat(failure).isNotNull();
        FailureAnalysis analysis = new StartupFailureAnalyzer().analyze(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription())
                .isEqualTo(
                        "tvaers.deadlines.visitation is not an ISO-8601 duration such as P5D or P4M: 'fjorten dage'.");
        assertThat(analysis.getAction()).contains("TVAERS_DEADLINES_VISITATION");
    }

    @Test
    void withoutTheDemoProfileStartupRefusesToInventAnAdministratorPassword() {
        Throwable failure = catchThrowable(() -> Applications.start(
                "no-admin-check",
                "spring.datasource.url=jdbc:h2:mem:no-admin;DB_CLOSE_DELAY=-1",
                "tvaers.admin.password="));

        assertThat(failure).hasRootCauseInstanceOf(MissingAdministratorException.class);
        FailureAnalysis analysis = new StartupFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).contains("TVAERS_ADMIN_PASSWORD");
    }

    @Test
    void withoutTheDemoProfileOnlyTheConfiguredAdministratorExists() {
        try (ConfigurableApplicationContext context = Applications.start(
                "admin-check",
                "spring.datasource.url=jdbc:h2:mem:admin-check;DB_CLOSE_DELAY=-1",
                "tvaers.admin.id=it-drift",
                "tvaers.admin.password=Lang-Adgangskode-2026!")) {
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            assertThat(engine.getIdentityService().createUserQuery().list())
                    .extracting(User::getId)
                    .containsExactly("it-drift");
            assertThat(engine.getIdentityService().checkPassword("it-drift", "Lang-Adgangskode-2026!"))
                    .isTrue();
            assertThat(engine.getIdentityService()
                            .createGroupQuery()
                            .groupMember("it-drift")
                            .singleResult()
                            .getId())
                    .isEqualTo(Groups.ADMIN);
            assertThat(engine.getIdentityService()
                            .createGroupQuery()
                            .groupId(Groups.TEAM_CHIEF)
                            .count())
                    .isEqualTo(1);
        }
    }
}
