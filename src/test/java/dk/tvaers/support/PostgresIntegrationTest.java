package dk.tvaers.support;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on real PostgreSQL with the demo identity, on a random port. Every integration test extends
 * this one class so that they share one Spring context and one engine (Camunda's REST API finds its engine by name in
 * a JVM-wide registry); tests therefore make their own data and never assume an empty database. Metrics export is on
 * as in production, so that the Prometheus endpoint exists.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "camunda.bpm.job-execution.enabled=false",
            // the database may stop before the context at JVM exit: fail fast instead of waiting 30 s
            "spring.datasource.hikari.connection-timeout=2000",
            // the fixtures refer the same test persons in many families; DuplicateReferralIntegrationTest turns the
            // refusal of a person already in an open case on (ReferralProperties)
            "tvaers.referral.refuse-duplicates=false"
        })
@ActiveProfiles("demo")
@org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability
@Import(PostgresIntegrationTest.TestClock.class)
public abstract class PostgresIntegrationTest {

    /**
     * The shared context's clock, in the configured zone: it replaces the kernel's system clock ({@code @Primary}). A
     * test that moves it resets it.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {
        @Bean
        @Primary
        MutableClock clock(ZoneId timeZone) {
            return new MutableClock(timeZone);
        }
    }

    @Autowired
    protected MutableClock clock;

    private static final String URL = PostgresDatabases.newDatabase();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    @Autowired
    protected TestRestTemplate http;

    @Autowired
    private org.camunda.bpm.engine.IdentityService identityService;

    /** The demo users a test may try with a wrong password to prove a refusal. */
    private static final List<String> DEMO_USERS = List.of(
            "mette",
            "lars",
            "sofie",
            "ahmed",
            "jonas",
            "fatima",
            "karen",
            "henrik",
            "birgitte",
            "peter",
            "dorthe",
            "admin");

    /**
     * A wrong password delays that user's next login from this address (LoginThrottle), and the engine stamps her with
     * a lock time on its own clock, which a test may have moved into the future: the delay is the refused test's, never
     * the next test's, whichever order the classes run in. The administrator's unlock ends both.
     */
    @AfterEach
    void forgetWrongPasswords() {
        identityService.clearAuthentication();
        DEMO_USERS.forEach(identityService::unlockUser);
    }

    /** The REST client logged in as a demo user (all demo passwords are "demo"). */
    protected TestRestTemplate as(String user) {
        return http.withBasicAuth(user, "demo");
    }
}
