package dk.tvaers.security.guard;

import java.util.Collection;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.StringValue;

/**
 * Process variables outside a task's form: only administrators write them, and nobody changes a variable that
 * steers a case (case number, district, awareness date...) once the process has started.
 */
class VariableRules {

    /** Camunda's column for a variable's name. */
    static final int MAX_NAME = 255;

    private final GuardProperties properties;

    VariableRules(GuardProperties properties) {
        this.properties = properties;
    }

    void checkWrite(Caller caller, Collection<String> names, Map<String, ?> values) {
        if (!caller.admin()) {
            throw new Refusal.Forbidden("Procesvariabler skrives kun gennem opgavens formular, når opgaven afsluttes");
        }
        for (String name : names) {
            checkName(name);
            if (properties.getSteeringVariables().contains(name)) {
                throw Refusal.Invalid.field(
                        name, "'" + name + "' styrer sagen og kan ikke ændres, efter at den er startet");
            }
        }
        checkValues(values);
    }

    static void checkName(String name) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw Refusal.Invalid.field("name", "Et variabelnavn skal have 1 til " + MAX_NAME + " tegn");
        }
    }

    /** Text that a database column refuses (NUL) is refused here with the field's name. */
    static void checkValues(Map<String, ?> values) {
        if (values == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        VariableMap map = Variables.fromMap((Map<String, Object>) values);
        for (String name : map.keySet()) {
            // typed: a serialized object is not deserialized here (the engine decides on its format)
            Object value = map.getValueTyped(name) instanceof StringValue text ? text.getValue() : null;
            if (value instanceof String text && text.indexOf('\u0000') >= 0) {
                throw Refusal.Invalid.field(name, "'" + name + "' indeholder et ugyldigt tegn (NUL)");
            }
        }
    }

    /**
     * The submitted values as plain values (text, numbers, booleans, dates): a form has no field for a serialized
     * object or file, so one is refused naming its field.
     */
    static VariableMap plain(Map<String, ?> submitted) {
        @SuppressWarnings("unchecked")
        VariableMap typed = Variables.fromMap(submitted == null ? Map.of() : (Map<String, Object>) submitted);
        VariableMap plain = Variables.createVariables();
        for (String name : typed.keySet()) {
            org.camunda.bpm.engine.variable.value.TypedValue value = typed.getValueTyped(name);
            if (value != null && !(value.getType() == null || value.getType().isPrimitiveValueType())) {
                throw Refusal.Invalid.field(name, "'" + name + "' skal være tekst, et tal, en dato eller sand/falsk");
            }
            plain.put(name, value == null ? null : value.getValue());
        }
        return plain;
    }
}
