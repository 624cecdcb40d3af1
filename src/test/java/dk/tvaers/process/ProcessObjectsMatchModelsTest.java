package dk.tvaers.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a process object (and the process tests' id helper beside it) names must exist in its model: the key is the
 * process id and the file name, a {@code MESSAGE_*} is a message of the model, every other String constant an element
 * id, every {@link Var} a variable the model or a form uses, and every allowed value (a nested enum) a value the model
 * compares with. Found by reflection, so a new constant is checked without touching this test.
 */
class ProcessObjectsMatchModelsTest {

    /** Variables that only Java writes and reads, each with the reason; every other one a model or form uses. */
    private static final Map<String, String> JAVA_ONLY = Map.of(
            "endReason", "sent by FamilyInterventionProcess.end with the CaseEnded message, read by closeCaseDelegate",
            "decisionId", "set by openDecisionDelegate, read by the support decision's delegates and listeners",
            "hearingParties", "set by openHearingDelegate: how many parties the hearing has (for Cockpit)",
            "failedProcessInstanceId",
                    "set by FailedJobIncidents: the process instance that stands still (for Cockpit)",
            "firstFollowUp",
                    "set by SupportFollowUpProcess.start, cleared by supportFollowUpListener: only the first follow-up"
                            + " of support comes earlier when the investigation finishes first (§95, stk. 2)");

    @ParameterizedTest
    @ValueSource(
            classes = {
                FamilyInterventionProcess.class,
                AdultPathwayProcess.class,
                ChildInvestigationProcess.class,
                SupportDecisionProcess.class,
                ReportOfConcernProcess.class,
                IncidentFollowUpProcess.class,
                SupportFollowUpProcess.class
            })
    void everyIdOfTheProcessObjectIsInItsModel(Class<?> processObject) throws Exception {
        String key = (String) processObject.getField("KEY").get(null);
        Path file = Path.of("bpmn", key + ".bpmn");
        assertThat(file).exists();
        BpmnModelInstance model;
        try (InputStream in = Files.newInputStream(file)) {
            model = Bpmn.readModelFromStream(in);
        }
        String text = Files.readString(file) + forms();
        String allModels = models();
        List<String> missing = new ArrayList<>();
        assertThat((Object) model.getModelElementById(key)).as("process " + key).isNotNull();
        for (Class<?> holder : holders(processObject)) {
            for (Field field : holder.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
                    continue;
                }
                field.setAccessible(true);
                Object value = field.get(null);
                String where = holder.getSimpleName() + "." + field.getName();
                if (value instanceof Var<?> variable) {
                    if (!mentions(allModels, variable.name()) && !JAVA_ONLY.containsKey(variable.name())) {
                        missing.add(where + ": variable " + variable.name() + " used by no model or form");
                    }
                } else if (value instanceof String id && !field.getName().equals("KEY")) {
                    if (holder.getSimpleName().equals("Variables")
                            || holder.getSimpleName().equals("Forms")) {
                        if (!mentions(allModels, id) && !JAVA_ONLY.containsKey(id)) {
                            missing.add(where + ": " + id + " used by no model or form");
                        }
                    } else if (field.getName().startsWith("MESSAGE_")) {
                        if (model.getModelElementsByType(Message.class).stream()
                                .noneMatch(m -> id.equals(m.getName()))) {
                            missing.add(where + ": no message " + id);
                        }
                    } else if (model.getModelElementById(id) == null) {
                        missing.add(where + ": no element " + id);
                    }
                }
            }
        }
        for (Class<?> nested : processObject.getDeclaredClasses()) {
            if (nested.isEnum()) {
                for (Object value : nested.getEnumConstants()) {
                    if (!text.contains("'" + value + "'") && !text.contains("\"" + value + "\"")) {
                        missing.add(nested.getSimpleName() + "." + value + ": a value the model never compares with");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** The process object, and the test-side ids of the same model (FamilyInterventionIds for ...Process). */
    private static List<Class<?>> holders(Class<?> processObject) {
        List<Class<?>> holders = new ArrayList<>(List.of(processObject));
        String ids = processObject.getName().replaceFirst("Process$", "Ids");
        try {
            Class<?> helper = Class.forName(ids);
            holders.add(helper);
            holders.addAll(List.of(helper.getDeclaredClasses()));
        } catch (ClassNotFoundException e) {
            // no test-side ids for this model
        }
        return holders;
    }

    private static boolean mentions(String text, String name) {
        return Pattern.compile("\\b" + Pattern.quote(name) + "\\b")
                .matcher(text)
                .find();
    }

    /** Every model and every form: a variable may be set in one model (a call activity's input) and read in another. */
    private static String models() throws IOException {
        StringBuilder all = new StringBuilder(forms());
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path model : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                all.append(Files.readString(model));
            }
        }
        return all.toString();
    }

    private static String forms() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path form : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                all.append(Files.readString(form));
            }
        }
        return all.toString();
    }
}
