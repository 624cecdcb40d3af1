package dk.tvaers.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * When a browser test fails, a full-page screenshot of every open page goes to {@code target/browser-screenshots/},
 * named after the test and the page's user; CI keeps that folder as an artifact.
 */
final class FailureScreenshots implements AfterTestExecutionCallback {

    static final Path FOLDER = Path.of("target", "browser-screenshots");

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty() || !Chromium.installed()) return;
        String test = context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName();
        String name = test.replaceAll("[^A-Za-z0-9._-]+", "_");
        int n = 0;
        for (BrowserContext browserContext : Chromium.browser().contexts()) {
            for (Page page : browserContext.pages()) {
                Path file = FOLDER.resolve(name + "-" + (++n) + ".png");
                try {
                    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
                    System.err.println("browser test failed: screenshot of " + page.url() + " in " + file);
                } catch (RuntimeException e) {
                    System.err.println("no screenshot of " + page.url() + ": " + e.getMessage());
                }
            }
        }
    }
}
