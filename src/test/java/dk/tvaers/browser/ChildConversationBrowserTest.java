package dk.tvaers.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import dk.tvaers.process.FamilyInterventionIds;
import dk.tvaers.referral.Families;
import dk.tvaers.support.FamilyScenario;
import dk.tvaers.support.TaskDriver;
import java.nio.file.Path;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The workspace's "Samtale med barn" in Chromium, at desktop and phone width: a conversation not held is refused
 * without its reason, named at the field; with it, the case page shows it under "Samtaler med børn". Screenshots go to
 * target/screenshots/ (docs/screenshots/ holds the ones docs/law.md links).
 */
class ChildConversationBrowserTest extends BrowserIntegrationTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void metteRecordsThatTheConversationWasNotHeldAndWhy() {
        String caseNumber = FamilyScenario.in("Amager Øst")
                .referredBy("SCHOOL", "Fravær", 3)
                .awareDaysAgo(2)
                .member("Nadia Samtale", Families.cpr(LocalDate.of(1987, 2, 3), 631), "PARENT")
                .member("Yasmin Samtale", Families.uniqueCpr(11), "CHILD")
                .registered(this::as, engine)
                .caseNumber();
        Page page = page("mette");
        page.setViewportSize(1280, 900);
        page.navigate(base() + "/workspace/cases/" + caseNumber);
        page.locator("a:has-text(\"Registrér en samtale med et barn\")").click();
        page.selectOption("#memberId", new SelectOption().setIndex(1));
        page.check("#held-false");
        page.locator("button[type=submit]:has-text(\"Gem samtalen i sagen\")").click();
        assertThat(page.locator(".error-summary").textContent()).contains("Skriv, hvorfor samtalen ikke blev holdt");
        // the field's own error line shows the message, not only its hidden "Fejl:" prefix
        assertThat(page.locator("#notHeldReason-error").innerText())
                .contains("Skriv, hvorfor samtalen ikke blev holdt");
        assertThat(page.locator("#notHeldReason").getAttribute("aria-describedby"))
                .isEqualTo("notHeldReason-error");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/child-conversation-refused.png"))
                .setFullPage(true));
        page.setViewportSize(390, 844);
        page.locator("#notHeldReason").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/child-conversation-refused-phone.png"))
                .setFullPage(true));
        page.setViewportSize(1280, 900);

        page.fill("#present", "");
        page.fill("#parentViews", "Moderen ønsker, at samtalen holdes i skolen efter ferien");
        page.fill("#notHeldReason", "Yasmin var på ferie med sin far i hele perioden");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/child-conversation.png"))
                .setFullPage(true));
        page.setViewportSize(390, 844);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/child-conversation-phone.png"))
                .setFullPage(true));
        page.setViewportSize(1280, 900);
        page.locator("button[type=submit]:has-text(\"Gem samtalen i sagen\")").click();
        page.waitForURL("**/workspace/cases/" + caseNumber + "#samtaler");
        assertThat(page.locator("#samtaler").locator("xpath=..").innerText())
                .contains("Yasmin", "Ikke holdt", "Yasmin var på ferie med sin far i hele perioden");
        page.locator("#samtaler").scrollIntoViewIfNeeded();
        page.screenshot(
                new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/child-conversation-saved.png")));
    }

    @Test
    void theSiblingsSharedAfdaekningIsShownOnTheCasePage() {
        String caseNumber = FamilyScenario.in("Valby")
                .referredBy("SSP", "Uro", 3)
                .awareDaysAgo(2)
                .member("Rikke Søskende", Families.cpr(LocalDate.of(1986, 3, 4), 641), "PARENT")
                .member("Alma Søskende", Families.uniqueCpr(12), "CHILD")
                .member("Bent Søskende", Families.uniqueCpr(9), "CHILD")
                .refer(this::as);
        new TaskDriver(this::as, engine)
                .complete(
                        "mette",
                        caseNumber,
                        FamilyInterventionIds.Elements.USER_REGISTER_MEMBERS,
                        java.util.Map.of(
                                FamilyInterventionIds.Variables.MEMBERS_REGISTERED, true,
                                FamilyInterventionIds.Variables.INVESTIGATION_SCOPE, "SHARED",
                                FamilyInterventionIds.Variables.INVESTIGATION_EXTENT, "CLARIFICATION",
                                FamilyInterventionIds.Variables.INVESTIGATION_EXTENT_REASON,
                                        "Søskende i samme skole; skolens oplysninger dækker begge"));
        Page page = page("mette");
        for (int width : new int[] {1280, 390}) {
            page.setViewportSize(width, width == 390 ? 844 : 900);
            page.navigate(base() + "/workspace/cases/" + caseNumber + "#undersoegelser");
            assertThat(page.locator("#undersoegelser").locator("xpath=..").innerText())
                    .contains("Fælles undersøgelse af Alma Søskende og Bent Søskende", "Afdækning (Barnets Lov §19)");
            page.locator("#undersoegelser").scrollIntoViewIfNeeded();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of(
                            "target/screenshots/case-investigations" + (width == 390 ? "-phone" : "") + ".png")));
        }
    }
}
