package dk.tvaers.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import dk.tvaers.support.FamilyScenario;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * axe-core on Tværs's pages and on Tasklist as the users meet them, in Debian's Chromium: no serious or critical
 * violation of WCAG 2.1 A/AA. To scan another page, add a {@link Scan} to {@link #pages()}.
 */
class AccessibilityBrowserTest extends BrowserIntegrationTest {

    /**
     * A page to scan: who opens it, its path ({@code {case}} stands for a case's number), the element that shows it is
     * ready, and the rules it may break with the reason (only for what Tværs cannot change).
     */
    record Scan(String name, String user, String path, String ready, Map<String, String> knownExceptions) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Camunda Tasklist 7.24's own markup, which Tværs does not write. */
    static final Map<String, String> TASKLIST = Map.of(
            "aria-allowed-attr",
            "Camunda's search box (uib-typeahead) sets ARIA attributes its input role does not allow",
            "button-name",
            "Camunda's region toggles and the search dropdown are icon-only buttons without a text",
            "link-name",
            "Camunda's filter-details, sort-direction and dropdown links are icon-only",
            "link-in-text-block",
            "the footer's \"Camunda Platform\" link is told from its text by colour only",
            "color-contrast",
            "Camunda's stylesheet greys (empty-list notes, footer) below 4.5:1; tvaers-webapps.css could override them");

    static Stream<Scan> pages() {
        return Stream.of(
                new Scan("board", "henrik", "/board/", "#board tbody tr", Map.of()),
                new Scan("case page", "henrik", "/board/case.html?caseNumber={case}", "#timeline li", Map.of()),
                new Scan("outcome report", "henrik", "/board/report.html", "#costs tr.total", Map.of()),
                new Scan("Tasklist", "mette", "/camunda/app/tasklist/default/", ".task-filter", TASKLIST),
                new Scan("workspace", "mette", "/workspace/cases/{case}", "main", Map.of()),
                new Scan("workspace: a member", "mette", "/workspace/cases/{case}/members/new", "#name", Map.of()),
                new Scan("workspace: the plan", "mette", "/workspace/cases/{case}/plan", "main form", Map.of()),
                new Scan("workspace: a screening", "mette", "/workspace/cases/{case}/screenings/new", "main", Map.of()),
                new Scan("workspace: the journal", "mette", "/workspace/cases/{case}/journal/new", "main", Map.of()),
                new Scan(
                        "workspace: urgent support",
                        "mette",
                        "/workspace/cases/{case}/urgent-support",
                        "#afgoerelser",
                        Map.of()));
    }

    private static String caseNumber;

    @BeforeEach
    void aCase() {
        if (caseNumber == null) {
            caseNumber = FamilyScenario.in("Nørrebro")
                    .member("Hanne Berg", "030379-1" + String.format("%03d", (int) (Math.random() * 900)), "PARENT")
                    .member("Mads Berg", "140910-4" + String.format("%03d", (int) (Math.random() * 900)), "CHILD")
                    .refer(this::as);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void hasNoSeriousOrCriticalViolations(Scan scan) {
        Page page = page(scan.user());
        page.navigate(base() + scan.path().replace("{case}", caseNumber));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.locator(scan.ready()).first().waitFor();
        List<String> violations = Accessibility.violations(page, scan.knownExceptions());
        assertThat(violations)
                .as("serious or critical axe-core violations on %s (%s)", scan.name(), page.url())
                .isEmpty();
    }
}
