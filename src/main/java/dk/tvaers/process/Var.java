package dk.tvaers.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable with its name and type, in the style of camunda-bpm-data's variable factories: the process objects
 * declare their variables once, and delegates, listeners and the process objects read and write them through it.
 *
 * @param name the variable's name, as the model's expressions and the forms spell it
 * @param type what the variable holds
 */
public record Var<T>(String name, Class<T> type) {

    public static <T> Var<T> of(String name, Class<T> type) {
        return new Var<>(name, type);
    }

    /** The value in the scope (or its parents), null when unset. */
    public T from(VariableScope scope) {
        return type.cast(scope.getVariable(name));
    }

    /** The value as the engine holds it, whatever its type (a start form may send a date where the API sends text). */
    public Object raw(VariableScope scope) {
        return scope.getVariable(name);
    }

    /** Sets the value where the scope's variable lives (the process instance for a new one). */
    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    /** Sets the value in the scope itself (e.g. a task-local variable). */
    public void setLocal(VariableScope scope, T value) {
        scope.setVariableLocal(name, value);
    }

    /** Puts the value into a map of variables (for a start or a correlation). */
    public void put(Map<String, Object> variables, T value) {
        variables.put(name, value);
    }
}
