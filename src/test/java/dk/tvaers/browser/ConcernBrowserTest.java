package dk.tvaers.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import dk.tvaers.process.ReportOfConcernIds.Elements;
import dk.tvaers.referral.Families;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A report of concern received in Tasklist by a SOF caseworker (mette) in Chromium: "Modtag underretning" in "Start
 * proces", its Danish start form, the assessment task with its link to the reports screen, the receipt task with the
 * link to its letter and its "Sag" tab showing the report, and the reports screen itself, at
 * desktop (1280 px) and phone (390 px) width. The pictures go to target/concern-screenshots/ (docs/screenshots/ keeps
 * copies linked from docs/law.md).
 */
class ConcernBrowserTest extends BrowserIntegrationTest {

    private static final Path SHOTS = Path.of("target", "concern-screenshots");

    @Autowired
    ProcessEngine engine;

    @Autowired
    dk.tvaers.security.LoginThrottle loginThrottle;

    @Test
    void aCaseworkerReceivesAReportInTasklistAndSeesTheChildsReportsTogether() {
        // a page of its own with a patient timeout: Tasklist's first load is slow on a shared, loaded machine
        com.microsoft.playwright.BrowserContext context = Chromium.browser()
                .newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                        .setViewportSize(1400, 900)
                        .setLocale("da-DK")
                        .setTimezoneId("Europe/Copenhagen"));
        context.setDefaultTimeout(180_000);
        Page page = context.newPage();
        Tasklist tasklist = new Tasklist(page, base());
        loginThrottle.forget("mette");
        tasklist.login("mette", PASSWORD);
        Tasklist.Form start = tasklist.startProcess(Pattern.compile("Modtag underretning"));
        start.radio("reporterKind", 0)
                .fill("reporterName", "Lone Hansen")
                .fill("reporterOrganisation", "Valby Skole")
                .fill("reporterRole", "Klasselærer")
                .fill("reporterContact", "lone.hansen@valbyskole.example")
                .fill("childName", "Emil Jensen")
                .fill("childCpr", Families.uniqueCpr(9))
                .fill("reportContent", "Emil kommer ofte for sent og sulten i skole og har blå mærker på armene.");
        shoot(page, "concern-start-form", 1280, 900);
        shoot(page, "concern-start-form-phone", 390, 844);
        page.setViewportSize(1400, 900);
        start.submit();

        Task assess = engine.getTaskService()
                .createTaskQuery()
                .taskDefinitionKey(Elements.USER_ASSESS_REPORT)
                .orderByTaskCreateTime()
                .desc()
                .listPage(0, 1)
                .get(0);
        String number = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(assess.getProcessInstanceId())
                .singleResult()
                .getBusinessKey();
        tasklist.task(assess.getId());
        assertThat(page.locator("[cam-tasklist-task]")).containsText("Vurdér underretningen");
        // the form's link and the header's "↗" (pointed at the report's screen instead of Cockpit)
        assertThat(page.locator("[cam-tasklist-task] .fjs-form a[href=\"/workspace/concerns/" + number + "\"]"))
                .hasCount(1);
        assertThat(page.locator("a[href=\"/workspace/concerns/" + number + "\"]"))
                .hasCount(2);
        shoot(page, "concern-assess-task", 1280, 900);

        // the receipt task: the letter to the professional is a link on the form; the "Sag" tab shows the report
        Task receipt = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(number)
                .taskDefinitionKey(Elements.USER_SEND_RECEIPT)
                .singleResult();
        tasklist.task(receipt.getId());
        assertThat(page.locator("[cam-tasklist-task]")).containsText("Send kvittering til underretter");
        assertThat(page.locator("a[href=\"/workspace/concerns/" + number + "/receipt.pdf\"]"))
                .hasCount(1);
        shoot(page, "concern-receipt-task", 1280, 900);
        // at phone width Tasklist stacks its panes: the task itself, as a caseworker scrolls to it
        shootElement(page, page.locator("[cam-tasklist-task]"), "concern-receipt-task-phone", 390, 844);
        page.setViewportSize(1400, 900);
        page.locator("[cam-tasklist-task] .nav-tabs a:text-is(\"Sag\")").click();
        com.microsoft.playwright.Locator sag = page.locator(".tvaers-sag");
        assertThat(sag).containsText("Underretning " + number);
        assertThat(sag).containsText("Underretninger om barnet og søskende");
        assertThat(sag).containsText("Fagperson: Lone Hansen, Klasselærer, Valby Skole");
        shoot(page, "concern-sag-tab", 1280, 900);
        shootElement(page, sag, "concern-sag-tab-phone", 390, 844);
        page.setViewportSize(1400, 900);

        page.navigate(base() + "/workspace/concerns/" + number);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("h2#alle")).hasText("Alle underretninger om barnet og søskende");
        assertThat(page.locator("main")).containsText("Emil kommer ofte for sent");
        shoot(page, "concern-reports", 1280, 900);
        shoot(page, "concern-reports-phone", 390, 844);
        page.setViewportSize(1400, 900);
    }

    private static void shootElement(
            Page page, com.microsoft.playwright.Locator element, String name, int width, int height) {
        page.setViewportSize(width, height);
        page.waitForTimeout(300);
        element.screenshot(
                new com.microsoft.playwright.Locator.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")));
    }

    private static void shoot(Page page, String name, int width, int height) {
        page.setViewportSize(width, height);
        page.waitForTimeout(300);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }
}
