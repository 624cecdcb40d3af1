package dk.tvaers.deployment;

import dk.tvaers.deployment.Finding.Rule;
import dk.tvaers.deployment.XmlTree.Element;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Reviews a DMN model: every expression is FEEL, which Camunda 7.24 evaluates in the sandboxed FEEL engine. JUEL
 * ({@code expressionLanguage="juel"}) reaches the application's beans and scripts reach Java, so both are refused,
 * whether an element names them or inherits them as the engine's default. Decisions keep their history at least
 * {@code min-history-time-to-live}.
 */
final class DmnReview {

    static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";

    /** The FEEL namespaces of DMN 1.1 to 1.5, which the engine reads as FEEL. */
    static final Set<String> FEEL_NAMESPACES = Set.of(
            "http://www.omg.org/spec/FEEL/20140401",
            "http://www.omg.org/spec/DMN/20180521/FEEL/",
            "https://www.omg.org/spec/DMN/20191111/FEEL/",
            "https://www.omg.org/spec/DMN/20211108/FEEL/",
            "https://www.omg.org/spec/DMN/20230324/FEEL/");

    /** The elements holding an expression, whose language defaults to the engine's default for them. */
    static final Set<String> EXPRESSIONS = Set.of("inputExpression", "inputEntry", "outputEntry", "literalExpression");

    private final DeploymentReviewProperties properties;
    private final UnaryOperator<String> defaultLanguage;

    /**
     * @param defaultLanguage the engine's default expression language for one of {@link #EXPRESSIONS}, by element
     *     name
     */
    DmnReview(DeploymentReviewProperties properties, UnaryOperator<String> defaultLanguage) {
        this.properties = properties;
        this.defaultLanguage = defaultLanguage;
    }

    static boolean isFeel(String language) {
        return language != null && (language.equalsIgnoreCase("feel") || FEEL_NAMESPACES.contains(language));
    }

    void review(String resource, Element root, List<Finding> findings) {
        BpmnReview.Findings found = new BpmnReview.Findings(resource, findings);
        String global = root.attribute("expressionLanguage");
        for (Element element : root.all()) {
            String explicit = element.attribute("expressionLanguage");
            if (explicit != null && !isFeel(explicit)) {
                found.add(
                        element,
                        Rule.EXPRESSION_LANGUAGE,
                        "udtrykssproget '" + explicit + "' er ikke tilladt;" + " kun FEEL");
            } else if (explicit == null && EXPRESSIONS.contains(element.localName)) {
                String language = global != null && !FEEL_NAMESPACES.contains(global)
                        ? global
                        : defaultLanguage.apply(element.localName);
                if (!isFeel(language)) {
                    found.add(
                            element,
                            Rule.EXPRESSION_LANGUAGE,
                            "udtrykket bruger motorens standardsprog '" + language
                                    + "', som ikke er tilladt; angiv expressionLanguage=\"feel\"");
                }
            }
            if (element.localName.equals("decision")) {
                historyTimeToLive(element, found);
            }
        }
    }

    private void historyTimeToLive(Element decision, BpmnReview.Findings found) {
        String value = decision.attribute(CAMUNDA_DMN, "historyTimeToLive");
        long minimum = properties.minHistoryTimeToLive().toDays();
        Long days = BpmnReview.days(value);
        if (days == null || days < minimum) {
            found.add(
                    decision,
                    Rule.HISTORY_TIME_TO_LIVE,
                    "beslutningen skal have camunda:historyTimeToLive på"
                            + " mindst " + minimum + " dage (P" + minimum + "D), ikke '" + value + "'"
                            + " (tvaers.deployment-review.min-history-time-to-live)");
        }
    }
}
