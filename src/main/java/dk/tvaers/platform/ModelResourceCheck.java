package dk.tvaers.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.dmn.Dmn;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXParseException;

/**
 * Reads every model and form the engine is about to deploy, before it deploys them, and stops startup with the file
 * name and the parser's reason when one cannot be read. The engine's own parse then checks what is Camunda-specific.
 */
@Component
public class ModelResourceCheck extends AbstractProcessEnginePlugin {

    /** Where the build puts bpmn/ and forms/. */
    static final String CLASSPATH = "classpath*:";

    private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    private final ObjectMapper json = new ObjectMapper();
    private final String root;

    public ModelResourceCheck() {
        this(CLASSPATH);
    }

    /** @param root the location holding bpmn/ and forms/, as a Spring resource prefix */
    ModelResourceCheck(String root) {
        this.root = root;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        checkAll();
    }

    /** Checks every model and form; returns how many files were read. */
    public int checkAll() {
        int count = 0;
        for (Resource resource : resources(root + "bpmn/*.bpmn")) {
            read(resource, "bpmn", Bpmn::readModelFromStream);
            count++;
        }
        for (Resource resource : resources(root + "bpmn/*.dmn")) {
            read(resource, "bpmn", Dmn::readModelFromStream);
            count++;
        }
        Map<String, String> formIds = new HashMap<>();
        for (Resource resource : resources(root + "forms/*.form")) {
            String file = "forms/" + resource.getFilename();
            read(resource, "forms", in -> {
                String id = checkForm(file, json.readTree(in));
                String other = formIds.put(id, file);
                if (other != null) {
                    throw new InvalidModelException(file, "form id '" + id + "' is also used by " + other, null);
                }
            });
            count++;
        }
        return count;
    }

    private static String checkForm(String file, JsonNode form) {
        if (form == null || !form.isObject()) {
            throw new InvalidModelException(file, "a Camunda Form must be a JSON object", null);
        }
        JsonNode id = form.get("id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            throw new InvalidModelException(file, "the form has no \"id\" (user tasks refer to it by formRef)", null);
        }
        JsonNode components = form.get("components");
        if (components == null || !components.isArray()) {
            throw new InvalidModelException(file, "the form has no \"components\" list", null);
        }
        return id.asText();
    }

    private Resource[] resources(String pattern) {
        try {
            return resolver.getResources(pattern);
        } catch (IOException e) {
            throw new InvalidModelException(pattern, "cannot list files: " + e.getMessage(), e);
        }
    }

    private interface Reader {
        void read(InputStream in) throws Exception;
    }

    private static void read(Resource resource, String folder, Reader reader) {
        String file = folder + "/" + resource.getFilename();
        try (InputStream in = resource.getInputStream()) {
            reader.read(in);
        } catch (InvalidModelException e) {
            throw e;
        } catch (Exception e) {
            throw new InvalidModelException(file, reason(e), e);
        }
    }

    static String reason(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SAXParseException sax) {
                return "line " + sax.getLineNumber() + ", column " + sax.getColumnNumber() + ": " + sax.getMessage();
            }
            if (t instanceof com.fasterxml.jackson.core.JsonProcessingException jsonError
                    && jsonError.getLocation() != null) {
                return "line " + jsonError.getLocation().getLineNr() + ", column "
                        + jsonError.getLocation().getColumnNr() + ": " + jsonError.getOriginalMessage();
            }
        }
        String message = DatabaseReachabilityCheck.rootMessage(error);
        // the model API reports "Error: URI=null Line=12: <parser message>"
        Matcher located = LOCATED.matcher(message);
        return located.matches() ? "line " + located.group(1) + ": " + located.group(2) : message;
    }

    private static final Pattern LOCATED = Pattern.compile("(?s).*?Line=(\\d+): (.*)");
}
