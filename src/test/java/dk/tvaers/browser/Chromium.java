package dk.tvaers.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium, driven by Playwright for Java: one Playwright and one browser for the whole test JVM, started on
 * first use and closed at exit. Playwright never downloads a browser of its own here ({@code
 * PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD}); its driver is the Node.js bundled in its jar.
 *
 * <p>Where Chromium is missing, the browser tests are skipped with a message naming the package, unless browser tests
 * are required ({@code -Dtvaers.browser.required=true} or the environment variable {@code TVAERS_BROWSER_REQUIRED=true},
 * which {@code .ci/run} sets): then they fail.
 */
final class Chromium {

    /** The browser's path: {@code -Dtvaers.browser.chromium}, else the environment's {@code CHROMIUM}, else Debian's. */
    static final Path EXECUTABLE = Path.of(setting("tvaers.browser.chromium", "CHROMIUM", "/usr/bin/chromium"));

    static final boolean REQUIRED =
            Boolean.parseBoolean(setting("tvaers.browser.required", "TVAERS_BROWSER_REQUIRED", "false"));

    private static Playwright playwright;
    private static Browser browser;

    static boolean installed() {
        return Files.isExecutable(EXECUTABLE);
    }

    static String missing() {
        return "Chromium is not installed at " + EXECUTABLE
                + " (apt-get install chromium, or -Dtvaers.browser.chromium=…)";
    }

    static synchronized Browser browser() {
        if (browser == null) {
            Map<String, String> env = Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
            playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
            browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(EXECUTABLE)
                            .setHeadless(true)
                            // root on a closed network: no sandbox, and none of Chromium's calls home
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-dev-shm-usage",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-quic",
                                    "--disable-sync",
                                    "--no-first-run")));
            Runtime.getRuntime().addShutdownHook(new Thread(Chromium::close, "chromium-close"));
        }
        return browser;
    }

    private static synchronized void close() {
        try {
            if (browser != null) browser.close();
            if (playwright != null) playwright.close();
        } catch (RuntimeException ignored) {
            // the JVM is going down; the driver process ends with it
        }
    }

    private static String setting(String property, String variable, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value;
    }

    private Chromium() {}
}
