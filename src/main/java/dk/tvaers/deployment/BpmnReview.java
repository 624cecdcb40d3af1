package dk.tvaers.deployment;

import dk.tvaers.deployment.Finding.Rule;
import dk.tvaers.deployment.XmlTree.Attribute;
import dk.tvaers.deployment.XmlTree.Element;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reviews a BPMN model: no scripts, no Java classes, no connectors, external tasks only on listed topics, delegates
 * only Tværs's own, every expression on the allow-list ({@link ExpressionReview}), timers within bounds
 * ({@link TimerBounds}), forms only as Camunda Forms, and executable processes keep their history at least
 * {@code min-history-time-to-live}. Every attribute and text of the model is looked at, not only the places the
 * engine is known to evaluate: what is not plain text must pass.
 */
final class BpmnReview {

    /** Camunda's extensions; the engine also reads them in Activiti's old namespace. */
    static final Set<String> EXTENSIONS = Set.of("http://camunda.org/schema/1.0/bpmn", "http://activiti.org/bpmn");

    private static final Set<String> TIMER_VALUES = Set.of("timeDate", "timeDuration", "timeCycle");
    private static final Set<String> CLASS_ATTRIBUTES = Set.of("class", "formHandlerClass", "variableMappingClass");
    private static final Set<String> DELEGATE_ATTRIBUTES =
            Set.of("delegateExpression", "variableMappingDelegateExpression");
    /** The engine's own form field validators; any other name is a class or an expression. */
    private static final Set<String> BUILT_IN_VALIDATORS =
            Set.of("required", "readonly", "minlength", "maxlength", "min", "max");

    private final DeploymentReviewProperties properties;
    private final ExpressionReview expressions;
    private final TimerBounds timers;

    BpmnReview(DeploymentReviewProperties properties, ExpressionReview expressions, TimerBounds timers) {
        this.properties = properties;
        this.expressions = expressions;
        this.timers = timers;
    }

    void review(String resource, Element root, Date now, List<Finding> findings) {
        Findings found = new Findings(resource, findings);
        for (Element element : root.all()) {
            boolean extension = EXTENSIONS.contains(element.namespace);
            // the engine finds BPMN elements by their local name, whatever their namespace: so does the review
            boolean bpmn = !extension;
            String name = element.localName;
            if (bpmn && name.equals("scriptTask")) {
                found.add(
                        element,
                        Rule.SCRIPT,
                        "scriptopgaver er ikke tilladt; brug en serviceopgave med en af" + " Tværs' delegates");
            } else if (extension && name.equals("script")) {
                found.add(element, Rule.SCRIPT, "scripts (camunda:script) er ikke tilladt");
            } else if (extension && name.equals("connector")) {
                found.add(element, Rule.CONNECTOR, "connectors (camunda:connector) er ikke tilladt");
            } else if (extension && name.equals("formProperty") && element.attribute("expression") != null) {
                found.add(
                        element,
                        Rule.FORM,
                        "camunda:formProperty med expression skriver formularens værdi"
                                + " gennem et udtryk og er ikke tilladt; brug en Camunda Form (camunda:formRef)");
            } else if (extension
                    && name.equals("constraint")
                    && !BUILT_IN_VALIDATORS.contains(element.attribute("name"))) {
                found.add(
                        element,
                        Rule.FORM,
                        "egne validatorer ('" + element.attribute("name") + "') er ikke" + " tilladt, kun "
                                + String.join(", ", BUILT_IN_VALIDATORS));
            } else if (bpmn && name.equals("process") && Boolean.parseBoolean(element.attribute("isExecutable"))) {
                historyTimeToLive(element, found);
            } else if (bpmn && name.equals("timerEventDefinition")) {
                timer(element, now, found);
            }
            for (Attribute attribute : element.attributes.values()) {
                attribute(element, attribute, found);
            }
            boolean timerValue = bpmn && TIMER_VALUES.contains(name);
            if (!timerValue && ExpressionReview.isExpression(element.text())) {
                expression(element, element.text().trim(), ExpressionReview.Use.VALUE, Rule.EXPRESSION, found);
            }
        }
    }

    private void attribute(Element element, Attribute attribute, Findings found) {
        String name = attribute.localName();
        String value = attribute.value();
        boolean qualified = EXTENSIONS.contains(attribute.namespace());
        boolean camunda = qualified || (attribute.namespace().isEmpty() && EXTENSIONS.contains(element.namespace));
        if (camunda && CLASS_ATTRIBUTES.contains(name)) {
            found.add(
                    element,
                    Rule.JAVA_CLASS,
                    "Java-klassen '" + value + "' (" + name + ") er ikke tilladt; brug"
                            + " camunda:delegateExpression med en af Tværs' delegates");
        } else if (camunda && name.equals("resource")) {
            found.add(element, Rule.SCRIPT, "scripts fra en ressource ('" + value + "') er ikke tilladt");
        } else if (name.equals("scriptFormat")) {
            // reported with the script or script task it belongs to
        } else if (!camunda && name.equals("language") && !value.isBlank()) {
            found.add(element, Rule.SCRIPT, "udtryk i scriptsproget '" + value + "' er ikke tilladt");
        } else if (camunda && DELEGATE_ATTRIBUTES.contains(name)) {
            expression(element, value.trim(), ExpressionReview.Use.DELEGATE, Rule.DELEGATE, found);
        } else if (qualified && name.equals("type")) {
            String topic = element.attribute(attribute.namespace(), "topic");
            if (!"external".equals(value)) {
                found.add(element, Rule.CONNECTOR, "camunda:type '" + value + "' er ikke tilladt");
            } else if (topic == null || !properties.externalTaskTopics().contains(topic)) {
                found.add(
                        element,
                        Rule.EXTERNAL_TASK,
                        "en ekstern opgave med emnet '" + topic + "' er ikke"
                                + " tilladt; tilladte emner: " + properties.externalTaskTopics()
                                + " (tvaers.deployment-review.external-task-topics)");
            }
        } else if (qualified
                && name.equals("formKey")
                && properties.formKeyPrefixes().stream().noneMatch(value::startsWith)) {
            found.add(
                    element,
                    Rule.FORM,
                    "camunda:formKey '" + value + "' er ikke tilladt; brug en Camunda Form" + " (camunda:formRef)");
        } else if (ExpressionReview.isExpression(value)) {
            expression(element, value, ExpressionReview.Use.VALUE, Rule.EXPRESSION, found);
        }
    }

    private void timer(Element definition, Date now, Findings found) {
        for (Element value : definition.children) {
            if (EXTENSIONS.contains(value.namespace) || !TIMER_VALUES.contains(value.localName)) {
                continue;
            }
            String text = value.text().trim();
            boolean cycle = value.localName.equals("timeCycle");
            if (ExpressionReview.isExpression(text)) {
                expression(
                        value,
                        text,
                        cycle ? ExpressionReview.Use.TIMER_CYCLE : ExpressionReview.Use.VALUE,
                        cycle ? Rule.TIMER : Rule.EXPRESSION,
                        found);
                continue;
            }
            String problem =
                    switch (value.localName) {
                        case "timeDuration" -> timers.checkDuration(text, now);
                        case "timeCycle" -> timers.checkCycle(text, now);
                        default -> null;
                    };
            if (problem != null) {
                found.add(value, Rule.TIMER, problem);
            }
        }
    }

    private void historyTimeToLive(Element process, Findings found) {
        String value = null;
        for (String namespace : EXTENSIONS) {
            value = value != null ? value : process.attribute(namespace, "historyTimeToLive");
        }
        long minimum = properties.minHistoryTimeToLive().toDays();
        Long days = days(value);
        if (days == null) {
            found.add(
                    process,
                    Rule.HISTORY_TIME_TO_LIVE,
                    "processen skal have camunda:historyTimeToLive på mindst " + minimum + " dage (P" + minimum
                            + "D), ikke '" + value + "'");
        } else if (days < minimum) {
            found.add(
                    process,
                    Rule.HISTORY_TIME_TO_LIVE,
                    "camunda:historyTimeToLive '" + value + "' sletter"
                            + " sagernes historik efter " + days + " dage; mindst " + minimum + " dage er krævet"
                            + " (tvaers.deployment-review.min-history-time-to-live)");
        }
    }

    private static final Pattern DAYS = Pattern.compile("(?:P(\\d+)D|(\\d+))");

    /** A historyTimeToLive as the engine reads it (whole days, or P…D), or null. */
    static Long days(String value) {
        if (value == null) {
            return null;
        }
        Matcher matcher = DAYS.matcher(value.trim());
        if (!matcher.matches()) {
            return null;
        }
        try {
            return Long.parseLong(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void expression(Element element, String text, ExpressionReview.Use use, Rule rule, Findings found) {
        for (String problem : expressions.check(text, use)) {
            found.add(element, rule, problem);
        }
    }

    /** Collects findings for one resource, naming the nearest element with an id. */
    record Findings(String resource, List<Finding> findings) {
        void add(Element element, Rule rule, String detail) {
            findings.add(new Finding(resource, elementId(element), rule, detail, element.line, element.column));
        }
    }

    /** The id of the element or its nearest ancestor that has one; an event rather than its event definition. */
    static String elementId(Element element) {
        String fallback = null;
        for (Element e = element; e != null; e = e.parent) {
            String id = e.attribute("id");
            if (id == null) {
                continue;
            }
            if (fallback == null) {
                fallback = id;
            }
            if (!e.localName.endsWith("EventDefinition") && !EXTENSIONS.contains(e.namespace)) {
                return id;
            }
        }
        return fallback;
    }
}
