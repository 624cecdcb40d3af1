package dk.tvaers.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelResourceCheckTest {

    @TempDir
    Path root;

    @Test
    void readsEveryShippedModelAndForm() {
        assertThat(new ModelResourceCheck().checkAll()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aBpmnThatIsNotWellFormedNamesTheFileAndTheLine() throws IOException {
        write(
                "bpmn/broken.bpmn",
                "<?xml version=\"1.0\"?>\n<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
                        + " targetNamespace=\"x\">\n  <bpmn:process id=\"p\">\n</bpmn:definitions>");
        assertThatThrownBy(this::check)
                .isInstanceOf(InvalidModelException.class)
                .satisfies(e -> {
                    InvalidModelException error = (InvalidModelException) e;
                    assertThat(error.file()).isEqualTo("bpmn/broken.bpmn");
                    assertThat(error.reason()).startsWith("line 4: ").contains("bpmn:process");
                });
    }

    @Test
    void aBpmnAgainstTheSchemaNamesTheFileAndTheElement() throws IOException {
        write("bpmn/wrong.bpmn", "<?xml version=\"1.0\"?>\n<bpmn:definitions xmlns:bpmn=\"urn:not-bpmn\"/>");
        assertThatThrownBy(this::check)
                .hasMessageStartingWith("bpmn/wrong.bpmn: ")
                .hasMessageContaining("bpmn:definitions");
    }

    @Test
    void aFormThatIsNotJsonNamesTheFileAndThePosition() throws IOException {
        write("forms/broken.form", "{\n  \"id\": \"form_x\",\n  \"components\": [ }\n");
        assertThatThrownBy(this::check)
                .isInstanceOf(InvalidModelException.class)
                .hasMessageStartingWith("forms/broken.form: line 3");
    }

    @Test
    void aFormWithoutIdOrComponentsIsRefused() throws IOException {
        write("forms/no-id.form", "{\"components\": []}");
        assertThatThrownBy(this::check).hasMessageContaining("forms/no-id.form").hasMessageContaining("\"id\"");
        Files.delete(root.resolve("forms/no-id.form"));
        write("forms/no-components.form", "{\"id\": \"form_y\"}");
        assertThatThrownBy(this::check).hasMessageContaining("\"components\"");
    }

    @Test
    void twoFormsWithOneIdAreRefused() throws IOException {
        write("forms/a.form", "{\"id\": \"form_same\", \"components\": []}");
        write("forms/b.form", "{\"id\": \"form_same\", \"components\": []}");
        assertThatThrownBy(this::check).hasMessageContaining("form id 'form_same' is also used by");
    }

    @Test
    void theAnalyzerTurnsItIntoOneSentenceWithAnAction() {
        InvalidModelException error = new InvalidModelException("bpmn/x.bpmn", "line 3, column 7: bad", null);
        var analysis = new StartupFailureAnalyzer().analyze(new RuntimeException("wrapped", error));
        assertThat(analysis.getDescription())
                .isEqualTo("The model bpmn/x.bpmn cannot be deployed: line 3, column 7: bad");
        assertThat(analysis.getAction()).contains("Camunda Modeler");
    }

    private int check() {
        return new ModelResourceCheck(root.toUri() + "").checkAll();
    }

    private void write(String file, String content) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }
}
