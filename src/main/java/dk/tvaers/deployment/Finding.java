package dk.tvaers.deployment;

import java.util.List;
import org.camunda.bpm.engine.Problem;

/**
 * One thing the deployment review refused: the resource, the element (its id), the rule and why, in Danish. It is
 * also the engine's {@link Problem}, so that Camunda Modeler shows it at the element.
 */
public record Finding(String resource, String elementId, Rule rule, String detail, int line, int column)
        implements Problem {

    /** The rules a deployment from someone other than an administrator is held to. */
    public enum Rule {
        RESOURCE_TYPE("filtype"),
        UNREADABLE("ulæselig fil"),
        SCRIPT("script"),
        JAVA_CLASS("Java-klasse"),
        CONNECTOR("connector"),
        EXTERNAL_TASK("ekstern opgave"),
        EXPRESSION("udtryk"),
        DELEGATE("delegate"),
        TIMER("timer"),
        FORM("formular"),
        HISTORY_TIME_TO_LIVE("historikkens levetid"),
        EXPRESSION_LANGUAGE("udtrykssprog");

        private final String label;

        Rule(String label) {
            this.label = label;
        }

        /** The rule's Danish name, as the refusal spells it. */
        public String label() {
            return label;
        }
    }

    /** The finding as one Danish sentence: resource, element, what is wrong and the rule. */
    @Override
    public String getMessage() {
        StringBuilder message = new StringBuilder(resource);
        if (elementId != null) {
            message.append(", element '").append(elementId).append('\'');
        }
        if (line > 0) {
            message.append(" (linje ").append(line).append(')');
        }
        return message.append(": ")
                .append(detail)
                .append(" [regel: ")
                .append(rule.label())
                .append(']')
                .toString();
    }

    @Override
    public int getLine() {
        return line;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public String getMainElementId() {
        return elementId;
    }

    @Override
    public List<String> getElementIds() {
        return elementId == null ? List.of() : List.of(elementId);
    }
}
