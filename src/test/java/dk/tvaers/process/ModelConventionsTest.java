package dk.tvaers.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.tvaers.kernel.Groups;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

/**
 * Walks every model in bpmn/ and every form in forms/ and fails where a convention of DESIGN.md does not hold: process
 * id = file name, history time to live, every user task with a Danish name, a candidate group Tværs knows, a due date
 * and a form that exists, every element drawn, and no form field the process's constants do not name.
 */
class ModelConventionsTest {

    private static final Path BPMN = Path.of("bpmn");
    private static final Path FORMS = Path.of("forms");
    private static final Map<String, Class<?>> CONSTANTS = Map.of(
            FamilyInterventionProcess.KEY, FamilyInterventionIds.Variables.class,
            ChildInvestigationProcess.KEY, ChildInvestigationIds.Variables.class,
            AdultPathwayProcess.KEY, AdultPathwayIds.Variables.class,
            SupportDecisionProcess.KEY, SupportDecisionIds.Variables.class,
            ReportOfConcernProcess.KEY, ReportOfConcernIds.Variables.class,
            IncidentFollowUpProcess.KEY, IncidentFollowUpIds.Variables.class,
            SupportFollowUpProcess.KEY, SupportFollowUpIds.Variables.class);

    /** A caseworker reads Danish words on a form, never a configuration key of ours. */
    @Test
    void noFormShowsAConfigurationKey() throws IOException {
        List<String> shown = new ArrayList<>();
        for (Path file : files(FORMS, ".form")) {
            for (String line : Files.readAllLines(file)) {
                if (line.matches(".*\"(label|text|description)\"\\s*:.*tvaers\\..*")) {
                    shown.add(file.getFileName() + ": " + line.strip());
                }
            }
        }
        assertThat(shown).isEmpty();
    }

    @Test
    void everyModelKeepsTheConventions() throws IOException {
        Map<String, JsonNode> forms = forms();
        List<String> problems = new ArrayList<>();
        List<Path> models = files(BPMN, ".bpmn");
        assertThat(models).isNotEmpty();
        for (Path file : models) {
            problems.addAll(check(file, forms));
        }
        assertThat(problems).isEmpty();
    }

    private static List<String> check(Path file, Map<String, JsonNode> forms) throws IOException {
        List<String> problems = new ArrayList<>();
        String name = file.getFileName().toString();
        BpmnModelInstance model;
        try (InputStream in = Files.newInputStream(file)) {
            model = Bpmn.readModelFromStream(in);
        }
        String stem = name.substring(0, name.length() - ".bpmn".length());
        Set<String> groups = new HashSet<>();
        Groups.all().forEach(g -> groups.add(g.id()));
        Set<String> drawn = new HashSet<>();
        model.getModelElementsByType(BpmnShape.class)
                .forEach(s -> drawn.add(s.getBpmnElement().getId()));
        model.getModelElementsByType(BpmnEdge.class)
                .forEach(e -> drawn.add(e.getBpmnElement().getId()));
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (!process.getId().equals(stem)) {
                problems.add(name + ": process id " + process.getId() + " is not the file name");
            }
            if (process.getCamundaHistoryTimeToLiveString() == null) {
                problems.add(name + ": no historyTimeToLive");
            }
            Set<String> variables = variableNames(process.getId());
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String where = name + " " + task.getId();
                if (task.getName() == null || task.getName().isBlank()) {
                    problems.add(where + ": no name");
                }
                if (task.getCamundaCandidateGroups() == null
                        || task.getCamundaCandidateGroups().isBlank()) {
                    problems.add(where + ": no candidate group");
                } else {
                    for (String group : task.getCamundaCandidateGroupsList()) {
                        if (!groups.contains(group) && !group.contains("${")) {
                            problems.add(where + ": unknown candidate group " + group);
                        }
                    }
                }
                if (task.getCamundaDueDate() == null) {
                    problems.add(where + ": no due date");
                }
                problems.addAll(checkForm(where, task.getCamundaFormRef(), forms, variables));
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getParentElement() == process && start.getCamundaFormRef() != null) {
                    problems.addAll(checkForm(name + " " + start.getId(), start.getCamundaFormRef(), forms, variables));
                }
            }
        }
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            if ((element instanceof FlowNode || element instanceof SequenceFlow) && !drawn.contains(element.getId())) {
                problems.add(name + " " + element.getId() + ": not drawn in the diagram");
            }
        }
        return problems;
    }

    private static List<String> checkForm(
            String where, String formRef, Map<String, JsonNode> forms, Set<String> variables) {
        if (formRef == null) {
            return List.of(where + ": no camunda:formRef");
        }
        JsonNode form = forms.get(formRef);
        if (form == null) {
            return List.of(where + ": form " + formRef + " is not in forms/");
        }
        List<String> problems = new ArrayList<>();
        for (JsonNode component : form.get("components")) {
            JsonNode key = component.get("key");
            if (key != null && !variables.contains(key.asText())) {
                problems.add(where + ": form " + formRef + " uses the variable '" + key.asText()
                        + "' that the process's constants class does not name");
            }
        }
        return problems;
    }

    private static Set<String> variableNames(String processKey) {
        Class<?> constants = CONSTANTS.get(processKey);
        Set<String> names = new HashSet<>();
        if (constants == null) {
            return names;
        }
        for (Field field : constants.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    names.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }

    private static Map<String, JsonNode> forms() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> forms = new HashMap<>();
        for (Path file : files(FORMS, ".form")) {
            JsonNode form = json.readTree(file.toFile());
            forms.put(form.get("id").asText(), form);
        }
        return forms;
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> stream = Files.list(dir)) {
            return stream.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
