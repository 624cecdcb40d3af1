package dk.tvaers.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dk.tvaers.referral.Families;
import dk.tvaers.support.FamilyScenario;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * The workspace's "Akut støtte under undersøgelsen" in Chromium, at desktop and phone width, when the team chief's
 * decision is being started by SOF: the screen offers no new decision, and a second decision sent from a tab opened
 * before (or by another team chief) is refused, naming the open decision and SOF's task. Screenshots go to
 * target/screenshots/ (docs/screenshots/ holds the ones docs/law.md links).
 */
class UrgentSupportBrowserTest extends BrowserIntegrationTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void aSecondDecisionWhileTheFirstIsBeingStartedIsRefusedOnTheScreen() {
        String caseNumber = FamilyScenario.in("Valby")
                .member("Hanne Akutbrowser", Families.uniqueCpr(40), "PARENT")
                .member("Oskar Akutbrowser", Families.uniqueCpr(12), "CHILD")
                .registered(this::as, engine)
                .caseNumber();
        assertThat(as("sofie")
                        .postForEntity("/api/cases/" + caseNumber + "/urgent-support", null, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        String screen = base() + "/workspace/cases/" + caseNumber + "/urgent-support";
        Page earlier = page("lars");
        earlier.navigate(screen);
        Page tab = earlier.context().newPage();
        try {
            tab.navigate(screen);
            decide(tab, "FAMILY_TREATMENT", "Familien har brug for hjælp til morgenerne nu.");
            tab.waitForURL("**/urgent-support");
            assertThat(tab.locator("#being-started").innerText())
                    .contains("er ved at blive iværksat", "Iværksæt akut støtte under undersøgelsen");
            assertThat(tab.locator("button:has-text(\"Træf afgørelsen og lav brevet\")")
                            .count())
                    .isZero();
            shoot(tab, "urgent-support-being-started");

            // the tab opened before the decision still shows the form: its decision is refused with 409
            Response refused = earlier.waitForResponse(
                    r -> r.url().endsWith("/urgent-support")
                            && "POST".equals(r.request().method()),
                    () -> decide(earlier, "MENTOR", "Oskar skal have en mentor."));
            assertThat(refused.status()).isEqualTo(409);
            assertThat(earlier.locator(".error-summary").innerText())
                    .contains("er ved at blive iværksat", "En ny afgørelse kan først træffes");
            // the team chief is told why, not that only the team chief may decide
            assertThat(earlier.locator("main").innerText()).doesNotContain("Kun teamchefen kan træffe afgørelsen");
            shoot(earlier, "urgent-support-second-refused");
        } finally {
            tab.close();
        }
    }

    private static void decide(Page page, String support, String reasons) {
        page.check("#support-" + support);
        page.fill("#reasons", reasons);
        page.locator("button[type=submit]:has-text(\"Træf afgørelsen og lav brevet\")")
                .click();
    }

    private static void shoot(Page page, String name) {
        page.setViewportSize(1280, 900);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/" + name + ".png"))
                .setFullPage(true));
        page.setViewportSize(390, 844);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/" + name + "-phone.png"))
                .setFullPage(true));
        page.setViewportSize(1400, 900);
    }
}
