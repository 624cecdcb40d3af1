package dk.tvaers.referral;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.tvaers.family.CaseProperties;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultDeploymentConfiguration;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The municipality's districts reach the Camunda Forms from the configuration ({@code tvaers.cases.districts}), the
 * one place they are kept: every {@code select} whose key is {@code district} (the referral start form's "Bydel")
 * gets the configured districts as its options when the form is deployed. Tasklist then shows the start form exactly
 * as a form with static options, and the server's form checks know the allowed values.
 *
 * <p>Two ways in: the application's own deployment at startup, whose resources are given to the engine already
 * filled (so the engine's duplicate filter compares like with like, and a restart deploys nothing new), and every
 * other deployment (Camunda Modeler, REST), filled by an engine deployer before the engine reads the form.
 */
@Component
class FormDistricts extends DefaultDeploymentConfiguration {

    static final String FIELD = "district";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> districts;

    FormDistricts(CaseProperties cases) {
        this.districts = cases.districts();
    }

    @Override
    public Set<Resource> getDeploymentResources() {
        Set<Resource> resources = new LinkedHashSet<>();
        for (Resource resource : super.getDeploymentResources()) {
            resources.add(filled(resource));
        }
        return resources;
    }

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        super.preInit(configuration);
        if (configuration.getCustomPreDeployers() == null) {
            configuration.setCustomPreDeployers(new ArrayList<>());
        }
        configuration.getCustomPreDeployers().add(deployer());
    }

    /** The engine deployer that fills the forms of deployments from Camunda Modeler or the REST API. */
    Deployer deployer() {
        return new Filling();
    }

    /** The form with the configured districts in its district selects; the bytes unchanged when it has none. */
    byte[] fill(byte[] form) {
        JsonNode tree;
        try {
            tree = JSON.readTree(form);
        } catch (IOException e) {
            return form; // not JSON: the engine's own parse names the file
        }
        if (!fillSelects(tree)) {
            return form;
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean fillSelects(JsonNode node) {
        boolean filled = false;
        for (JsonNode component : node.path("components")) {
            if (component instanceof ObjectNode select
                    && "select".equals(select.path("type").asText())
                    && FIELD.equals(select.path("key").asText())) {
                ArrayNode values = select.putArray("values");
                districts.forEach(d -> values.addObject().put("label", d).put("value", d));
                filled = true;
            }
            filled |= fillSelects(component); // groups and dynamic lists hold components of their own
        }
        return filled;
    }

    private Resource filled(Resource resource) {
        String name = resource.getFilename();
        if (name == null || !name.endsWith(".form")) {
            return resource;
        }
        byte[] original;
        try (InputStream in = resource.getInputStream()) {
            original = in.readAllBytes();
        } catch (IOException e) {
            return resource; // the engine reports the unreadable file itself
        }
        byte[] form = fill(original);
        return form == original ? resource : new FilledResource(resource, form);
    }

    /**
     * The deployed form's bytes under the original's name: the engine names a deployed resource by its file, so the
     * form keeps the name it had and the duplicate filter finds the earlier version.
     */
    private static final class FilledResource extends AbstractResource {

        private final Resource original;
        private final byte[] form;

        FilledResource(Resource original, byte[] form) {
            this.original = original;
            this.form = form;
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(form);
        }

        @Override
        public File getFile() throws IOException {
            return original.getFile();
        }

        @Override
        public URL getURL() throws IOException {
            return original.getURL();
        }

        @Override
        public String getFilename() {
            return original.getFilename();
        }

        @Override
        public long contentLength() {
            return form.length;
        }

        @Override
        public String getDescription() {
            return original.getDescription() + " with the configured districts";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof FilledResource that && that.original.equals(original);
        }

        @Override
        public int hashCode() {
            return original.hashCode();
        }
    }

    /** Fills the forms of every other new deployment before the engine reads them. */
    private final class Filling implements Deployer {

        @Override
        public void deploy(DeploymentEntity deployment) {
            if (!deployment.isNew() || deployment.getResources() == null) {
                return;
            }
            for (ResourceEntity resource : deployment.getResources().values()) {
                if (resource.getName() != null && resource.getName().endsWith(".form")) {
                    resource.setBytes(fill(resource.getBytes()));
                }
            }
        }
    }
}
