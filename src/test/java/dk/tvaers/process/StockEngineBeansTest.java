package dk.tvaers.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks' stock engine runs Tværs's family models with {@link StockEngineBeans} in place of the application:
 * every bean a model of the family course names (delegates, listeners, expression beans) must be there, or the
 * benchmarks fail long after the model changed.
 */
class StockEngineBeansTest {

    /** The models the benchmarks deploy on the stock engine. */
    static final Set<String> MODELS = Set.of("family-intervention.bpmn", "child-investigation.bpmn");

    static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");

    static final Pattern CALL = Pattern.compile("\\$\\{(\\w+)\\.\\w+\\(");

    @Test
    void everyBeanTheFamilyModelsNameIsThere() throws IOException {
        Set<String> named = new TreeSet<>();
        for (Path model : Files.list(Path.of("bpmn")).toList()) {
            String name = model.getFileName().toString();
            if (!MODELS.contains(name) && !calledFromTheFamilyCourse(name)) {
                continue;
            }
            String xml = Files.readString(model);
            for (Pattern pattern : new Pattern[] {DELEGATE, CALL}) {
                Matcher matcher = pattern.matcher(xml);
                while (matcher.find()) {
                    named.add(matcher.group(1));
                }
            }
        }
        assertThat(named).contains("openCaseDelegate", "deadlines");
        assertThat(StockEngineBeans.beans().keySet()).containsAll(named);
        // and every method the models call on the case record
        Matcher record = Pattern.compile("caseRecord\\.(\\w+)\\(").matcher(String.join("\n", models()));
        Set<String> methods = new TreeSet<>();
        while (record.find()) {
            methods.add(record.group(1));
        }
        assertThat(java.util.Arrays.stream(StockEngineBeans.Record.class.getMethods())
                        .map(java.lang.reflect.Method::getName)
                        .toList())
                .containsAll(methods);
    }

    private static java.util.List<String> models() throws IOException {
        java.util.List<String> xml = new java.util.ArrayList<>();
        for (String model : MODELS) {
            xml.add(Files.readString(Path.of("bpmn", model)));
        }
        return xml;
    }

    /** A model the family course calls (a call activity's calledElement) runs on the stock engine too. */
    private static boolean calledFromTheFamilyCourse(String model) throws IOException {
        String key = model.replace(".bpmn", "");
        return Files.readString(Path.of("bpmn", "family-intervention.bpmn")).contains("calledElement=\"" + key + "\"");
    }
}
