package dk.tvaers.deployment;

import dk.tvaers.deployment.Finding.Rule;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.xml.sax.SAXParseException;

/**
 * The review of a deployment from someone other than an administrator: each resource by its type (BPMN, DMN, Camunda
 * Form; any other file type is refused unless listed in {@code tvaers.deployment-review.resource-types}). Returns
 * every finding, so that one refusal names everything to fix.
 */
final class DeploymentReview {

    private final DeploymentReviewProperties properties;
    private final BpmnReview bpmn;
    private final DmnReview dmn;
    private final FormReview forms;

    DeploymentReview(
            DeploymentReviewProperties properties,
            ExpressionReview.Beans beans,
            UnaryOperator<String> dmnDefaultLanguage) {
        this.properties = properties;
        ExpressionReview expressions = new ExpressionReview(properties, beans);
        TimerBounds timers = new TimerBounds(properties.minCycleInterval(), properties.maxTimerDuration());
        this.bpmn = new BpmnReview(properties, expressions, timers);
        this.dmn = new DmnReview(properties, dmnDefaultLanguage);
        this.forms = new FormReview(properties);
    }

    /** The findings for the resources (name to content); empty when the deployment may go ahead. */
    List<Finding> review(Map<String, byte[]> resources, Date now) {
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, byte[]> resource : resources.entrySet()) {
            review(resource.getKey(), resource.getValue(), now, findings);
        }
        return findings;
    }

    private void review(String name, byte[] content, Date now, List<Finding> findings) {
        String type = type(name);
        if (type == null) {
            findings.add(new Finding(
                    name,
                    null,
                    Rule.RESOURCE_TYPE,
                    "filtypen må kun udrulles af en administrator; tilladte filtyper: "
                            + String.join(", ", properties.resourceTypes())
                            + " (tvaers.deployment-review.resource-types)",
                    0,
                    0));
            return;
        }
        switch (type) {
            case "bpmn", "bpmn20.xml" -> xml(name, content, findings, root -> bpmn.review(name, root, now, findings));
            case "dmn", "dmn11.xml" -> xml(name, content, findings, root -> dmn.review(name, root, findings));
            case "form" -> forms.review(name, content, findings);
            default -> {
                // listed by the municipality: accepted as it is
            }
        }
    }

    /** The listed file type the name ends with (the longest), or null. */
    private String type(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String found = null;
        for (String type : properties.resourceTypes()) {
            String ending = type.toLowerCase(Locale.ROOT);
            if (lower.endsWith("." + ending) && (found == null || ending.length() > found.length())) {
                found = ending;
            }
        }
        return found;
    }

    private interface TreeReview {
        void review(XmlTree.Element root);
    }

    private static void xml(String name, byte[] content, List<Finding> findings, TreeReview review) {
        XmlTree.Element root;
        try {
            root = XmlTree.parse(content);
        } catch (SAXParseException e) {
            findings.add(new Finding(
                    name,
                    null,
                    Rule.UNREADABLE,
                    "filen kan ikke læses som XML (uden DOCTYPE): " + e.getMessage(),
                    e.getLineNumber(),
                    e.getColumnNumber()));
            return;
        } catch (Exception e) {
            findings.add(new Finding(name, null, Rule.UNREADABLE, "filen kan ikke læses som XML", 0, 0));
            return;
        }
        review.review(root);
    }
}
