package dk.tvaers.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dk.tvaers.process.FamilyInterventionProcess;
import dk.tvaers.security.LoginThrottle;
import dk.tvaers.support.PostgresIntegrationTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test: the shared integration context (real PostgreSQL, demo users, random port) seen through Debian's
 * headless Chromium. Each demo user has one browser context (her own cookies), logged in once through Tasklist's login
 * page and kept for every browser test of the run; her page is reused from step to step.
 */
@Tag("browser")
@ExtendWith(FailureScreenshots.class)
public abstract class BrowserIntegrationTest extends PostgresIntegrationTest {

    /** The demo users' password. */
    static final String PASSWORD = "demo";

    private static final Map<String, Page> PAGES = new HashMap<>();

    @LocalServerPort
    protected int port;

    @Autowired
    private LoginThrottle loginThrottle;

    @Autowired
    private ProcessEngine processEngine;

    @BeforeAll
    static void chromium() {
        if (Chromium.installed()) return;
        if (Chromium.REQUIRED) fail(Chromium.missing() + "; browser tests are required here (tvaers.browser.required)");
        String message = Chromium.missing() + ": the browser tests are skipped";
        System.err.println("SKIPPED " + message);
        Assumptions.abort(message);
    }

    protected String base() {
        return "http://localhost:" + port;
    }

    /** The user's page, logged into the webapps (Tasklist, Cockpit, the board) with her own session. */
    protected Page page(String user) {
        String key = port + "/" + user;
        Page page = PAGES.get(key);
        if (page == null || page.isClosed()) {
            Browser browser = Chromium.browser();
            BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                    .setViewportSize(1400, 900)
                    .setLocale("da-DK")
                    .setTimezoneId("Europe/Copenhagen"));
            context.setDefaultTimeout(30_000);
            page = context.newPage();
            // other tests of the shared context (hostile input, hardening) may have sent this demo user's id with wrong
            // passwords from this address; their delay is not what a browser test measures
            loginThrottle.forget(user);
            new Tasklist(page, base()).login(user, PASSWORD);
            PAGES.put(key, page);
        }
        // a test that photographed a screen at phone width leaves the shared page narrow: each test starts at desktop
        // width (Tasklist hides "Start proces" in its phone menu)
        if (page.viewportSize() == null || page.viewportSize().width != 1400) {
            page.setViewportSize(1400, 900);
        }
        return page;
    }

    /** Tasklist as the user. */
    protected Tasklist tasklist(String user) {
        return new Tasklist(page(user), base());
    }

    /**
     * The user refers a family from Tasklist's "Start proces" (the start form "Henvis en familie": the first district
     * and source, SSP category 3, the concern where the form asks for it); returns the case it opened.
     */
    protected String referFromStartForm(String user, LocalDate awarenessDate, String concern) {
        Set<String> before = familyCases();
        Tasklist.Form form = tasklist(user)
                .startProcess(Pattern.compile("Henvis en familie|Familieindsats"))
                .select("district", null)
                .select("referralSource", null)
                .radio("sspCategory", 3)
                .date("awarenessDate", awarenessDate);
        if (form.has("concern")) form.fill("concern", concern);
        form.submit();
        Set<String> started = familyCases();
        started.removeAll(before);
        org.assertj.core.api.Assertions.assertThat(started)
                .as("the referral opened one case")
                .hasSize(1);
        return started.iterator().next();
    }

    private Set<String> familyCases() {
        return processEngine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(FamilyInterventionProcess.KEY)
                .list()
                .stream()
                .map(instance -> instance.getBusinessKey())
                .collect(Collectors.toCollection(HashSet::new));
    }
}
