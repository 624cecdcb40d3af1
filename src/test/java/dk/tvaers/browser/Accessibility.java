package dk.tvaers.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * axe-core's WCAG 2.1 A and AA rules, run in the page as it stands. A violation of impact "serious" or "critical"
 * fails, unless the page's scan names its rule as a known exception with the reason (for pages that are Camunda's own
 * and that Tværs cannot change).
 */
final class Accessibility {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final Set<String> FAILING = Set.of("serious", "critical");

    /** The serious and critical violations on the page, less the known exceptions; empty when the page passes. */
    static List<String> violations(Page page, Map<String, String> knownExceptions) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        return results.getViolations().stream()
                .filter(rule -> FAILING.contains(rule.getImpact()))
                .filter(rule -> !knownExceptions.containsKey(rule.getId()))
                .map(Accessibility::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        String nodes = rule.getNodes().stream()
                .limit(5)
                .map(CheckedNode::getHtml)
                .map(html -> html.length() > 160 ? html.substring(0, 160) + "…" : html)
                .collect(Collectors.joining("\n      "));
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " ("
                + rule.getNodes().size() + " elements)\n      " + nodes;
    }

    private Accessibility() {}
}
