package dk.tvaers;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.process.FamilyInterventionIds;
import dk.tvaers.process.FamilyInterventionProcess;
import dk.tvaers.support.PostgresIntegrationTest;
import dk.tvaers.support.WebappLogin;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The platform on real PostgreSQL: schema, authentication, grants, filters, a referral through the REST API. */
class PlatformIntegrationTest extends PostgresIntegrationTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
            new ParameterizedTypeReference<>() {};

    @Autowired
    ProcessEngine engine;

    @Autowired
    DataSource dataSource;

    @Test
    void runsOnPostgresWithFlywayAndTheEngineSchema() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 17");
        assertThat(jdbc.queryForObject(
                        "select count(*) from flyway_schema_history where version = '1' and success", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from act_ru_task", Integer.class))
                .isNotNull();
    }

    @Test
    void authorizationChecksAreOnWithGrantsOnly() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.isAuthorizationEnabled()).isTrue();
        assertThat(configuration.getAuthorizationCheckRevokes()).isEqualTo("never");
        assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
    }

    @Test
    void restApiAndProjectApiRequireAuthentication() {
        assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/api/cases/TV-2026-00001", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(as("jonas")
                        .getForEntity("/engine-rest/task?maxResults=50", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void opsEndpointsAndStartPageAreServed() {
        assertThat(http.getForEntity("/actuator/health", String.class).getBody())
                .contains("\"UP\"");
        assertThat(http.getForEntity("/actuator/prometheus", String.class).getBody())
                .contains("jvm_memory_used_bytes");
        // the API's documentation needs a login like the API (HardeningIntegrationTest.theApiDocumentationNeedsALogin)
        assertThat(http.getForEntity("/v3/api-docs", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(as("jonas").getForEntity("/v3/api-docs", String.class).getBody())
                .contains("/api/cases/{caseNumber}");
        String start = http.getForEntity("/", String.class).getBody();
        assertThat(start)
                .contains("/camunda/app/tasklist/", "/camunda/app/cockpit/", "/camunda/app/admin/", "/swagger-ui.html");
    }

    @Test
    void aBifCaseworkerSeesOnlyTheFiltersOfHerGroups() {
        List<Map<String, Object>> filters = as("fatima")
                .exchange("/engine-rest/filter?maxResults=50", HttpMethod.GET, null, LIST)
                .getBody();
        assertThat(filters)
                .extracting(filter -> filter.get("name"))
                .containsExactlyInAnyOrder("Mine opgaver", "Mine gruppers opgaver", "BIF – fælles");
    }

    @Test
    void aReferralOpensACaseAndRoutesRegistrationToTheCoordinatorsOnly() {
        Map<String, Object> started = startReferral("mette", "Valby");
        String businessKey = (String) started.get("businessKey");
        assertThat(businessKey).matches("TV-\\d{4}-\\d{5}");

        // a referral from Tasklist has no family yet: the coordinator registers it in the case
        ResponseEntity<Map> member = as("mette")
                .postForEntity(
                        "/api/cases/" + businessKey + "/members",
                        Map.of("name", "Ali Demir", "cpr", "150712-4321", "role", "CHILD"),
                        Map.class);
        assertThat(member.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(member.getBody()).containsEntry("cpr", "150712-xxxx").containsEntry("dateOfBirth", "2012-07-15");

        Map<?, ?> theCase = as("mette").getForObject("/api/cases/" + businessKey, Map.class);
        assertThat(theCase.get("district")).isEqualTo("Valby");
        assertThat(theCase.get("status")).isEqualTo("OPEN");

        String tasksOfInstance = "/engine-rest/task?maxResults=50&processInstanceId=" + started.get("id");
        List<Map<String, Object>> coordinatorTasks = as("mette")
                .exchange(tasksOfInstance, HttpMethod.GET, null, LIST)
                .getBody();
        assertThat(coordinatorTasks).singleElement().satisfies(task -> {
            assertThat(task.get("name")).isEqualTo("Registrér familiens medlemmer");
            assertThat(task.get("due")).isNotNull();
        });
        assertThat(as("fatima")
                        .exchange(tasksOfInstance, HttpMethod.GET, null, LIST)
                        .getBody())
                .isEmpty();

        String form = as("mette")
                .getForObject(
                        "/engine-rest/task/" + coordinatorTasks.get(0).get("id") + "/deployed-form", String.class);
        assertThat(form).contains("form_register_members", "Alle familiens medlemmer er registreret");
    }

    @Test
    void aBadReferralIsRefusedAndStoresNothing() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Integer before = jdbc.queryForObject("select count(*) from family_case", Integer.class);
        ResponseEntity<String> refused = as("mette")
                .postForEntity(
                        "/engine-rest/process-definition/key/" + FamilyInterventionProcess.KEY + "/start",
                        json(referral("Atlantis", "2026-01-01")),
                        String.class);
        // the engine guard checks the start form's fields: 400 naming the field, in Danish (Tasklist shows it)
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("'Bydel' skal være en af", "\"field\":\"district\"");
        assertThat(jdbc.queryForObject("select count(*) from family_case", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void aDemoUserLogsIntoTasklist() {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
        assertThat(page.getBody()).contains("Tasklist");
        ResponseEntity<Map> login =
                WebappLogin.login(http, "tasklist", "karen", "demo").response();
        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(login.getBody().get("userId")).isEqualTo("karen");
        assertThat(login.getBody().get("authorizedApps").toString())
                .contains("tasklist")
                .doesNotContain("cockpit");
    }

    @Test
    void webappsCarryTvaersBrandingAndHideTheEndOfLifeBanner() {
        assertThat(http.getForObject("/camunda/app/tasklist/scripts/config.js", String.class))
                .contains("tvaersWebappConfig('Opgaver'");
        assertThat(http.getForObject("/tvaers-webapp-config.js", String.class)).contains("vendor: 'Tværs'");
        assertThat(http.getForObject("/camunda/app/tasklist/scripts/config.js", String.class))
                .contains("availableLocales: ['da', 'en']", "fallbackLocale: 'da'");
        assertThat(http.getForObject("/camunda/app/tasklist/locales/da.json", String.class))
                .contains("\"PAGE_LOGIN_SIGN_IN_ACTION\": \"Log ind\"", "\"CLAIM_TASK\": \"Tag opgaven\"");
        assertThat(http.getForObject("/camunda/app/cockpit/styles/user-styles.css", String.class))
                .contains("@import url(\"/tvaers-webapps.css\")");
        assertThat(http.getForObject("/tvaers-webapps.css", String.class))
                .contains(".ce-eol-banner { display: none !important; }");
    }

    private Map<String, Object> startReferral(String user, String district) {
        ResponseEntity<Map<String, Object>> response = as(user).exchange(
                        "/engine-rest/process-definition/key/" + FamilyInterventionProcess.KEY + "/start",
                        HttpMethod.POST,
                        json(referral(district, "2026-10-01")),
                        new ParameterizedTypeReference<>() {});
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static Map<String, Object> referral(String district, String awarenessDate) {
        return Map.of(
                "variables",
                Map.of(
                        FamilyInterventionIds.Variables.DISTRICT, Map.of("value", district),
                        FamilyInterventionIds.Variables.REFERRAL_SOURCE, Map.of("value", "SSP"),
                        FamilyInterventionIds.Variables.SSP_CATEGORY, Map.of("value", "4"),
                        FamilyInterventionIds.Variables.AWARENESS_DATE, Map.of("value", awarenessDate),
                        FamilyInterventionIds.Variables.CONCERN,
                                Map.of("value", "Barnet pjækker og er set med ældre")));
    }

    private static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
