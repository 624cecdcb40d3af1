package dk.tvaers.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The input fields of a Camunda Form, as far as the server checks them when a task is completed: required fields,
 * the allowed values of selects and radios, maximum lengths, and dates.
 */
public final class FormSchema {

    /**
     * One input field: its variable, kind, label, whether required, allowed values (empty: any), max length, and
     * whether the form only shows it (read-only: the value must come back unchanged).
     */
    public record Field(
            String key,
            String type,
            String label,
            boolean required,
            Set<String> values,
            Integer maxLength,
            boolean readonly) {}

    /** A field that does not hold, named by its variable, with a Danish message. */
    public record Violation(String field, String message) {}

    /** A variable a text component shows: {{caseNumber}}. */
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

    private final String formId;
    private final Map<String, Field> fields;
    private final Set<String> shown;

    private FormSchema(String formId, Map<String, Field> fields, Set<String> shown) {
        this.formId = formId;
        this.fields = fields;
        this.shown = shown;
    }

    public static FormSchema of(JsonNode form) {
        Map<String, Field> fields = new LinkedHashMap<>();
        Set<String> shown = new LinkedHashSet<>();
        for (JsonNode component : form.path("components")) {
            Matcher template = TEMPLATE.matcher(component.path("text").asText(""));
            while (template.find()) {
                shown.add(template.group(1));
            }
            String key = component.path("key").asText(null);
            if (key == null) {
                continue;
            }
            shown.add(key);
            JsonNode validate = component.path("validate");
            Set<String> values = StreamSupport.stream(component.path("values").spliterator(), false)
                    .map(value -> value.path("value").asText())
                    .collect(Collectors.toSet());
            String label =
                    component.path("label").asText(component.path("dateLabel").asText(key));
            fields.put(
                    key,
                    new Field(
                            key,
                            component.path("type").asText(),
                            label,
                            validate.path("required").asBoolean(false),
                            values,
                            validate.has("maxLength")
                                    ? validate.path("maxLength").asInt()
                                    : null,
                            component.path("readonly").asBoolean(false)));
        }
        return new FormSchema(form.path("id").asText(), fields, Set.copyOf(shown));
    }

    public String formId() {
        return formId;
    }

    /** The fields a user fills in (read-only ones left out). */
    public Map<String, Field> fields() {
        Map<String, Field> editable = new LinkedHashMap<>();
        fields.values().stream().filter(f -> !f.readonly()).forEach(f -> editable.put(f.key(), f));
        return editable;
    }

    /** Every keyed field, read-only ones included. */
    public Map<String, Field> allFields() {
        return fields;
    }

    /** The variables the form shows: its fields and the variables its texts quote. */
    public Set<String> shownVariables() {
        return shown;
    }

    /**
     * What the submitted values break. A field not submitted counts as its value already in the process, so that
     * a client may leave out what it does not change.
     */
    public List<Violation> check(Map<String, Object> submitted, Map<String, Object> existing) {
        List<Violation> violations = new ArrayList<>();
        for (Field field : fields().values()) {
            Object value = submitted.containsKey(field.key()) ? submitted.get(field.key()) : existing.get(field.key());
            String problem = problem(field, value);
            if (problem != null) {
                violations.add(new Violation(field.key(), "'" + field.label() + "' " + problem));
            }
        }
        return violations;
    }

    private static String problem(Field field, Object value) {
        boolean empty = value == null || value.toString().isBlank();
        if ("checkbox".equals(field.type())) {
            if (value != null && !(value instanceof Boolean)) {
                return "skal være sand eller falsk";
            }
            return field.required() && !Boolean.TRUE.equals(value) ? "skal være afkrydset" : null;
        }
        if (empty) {
            return field.required() ? "skal udfyldes" : null;
        }
        String text = value.toString();
        if (!field.values().isEmpty() && !field.values().contains(text)) {
            return "skal være en af: "
                    + String.join(", ", field.values().stream().sorted().toList());
        }
        if (field.maxLength() != null && text.length() > field.maxLength()) {
            return "må højst være " + field.maxLength() + " tegn";
        }
        if ("datetime".equals(field.type())) {
            try {
                LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            } catch (DateTimeParseException e) {
                return "skal være en dato (ÅÅÅÅ-MM-DD)";
            }
        }
        return null;
    }
}
