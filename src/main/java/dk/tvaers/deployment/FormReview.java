package dk.tvaers.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.tvaers.deployment.Finding.Rule;
import java.util.List;

/**
 * Reviews a Camunda Form: a JSON object with a list of components, each of a listed type (no HTML, iframes or
 * images, which would put another site's or the author's own markup in front of a caseworker), nested groups
 * included.
 */
final class FormReview {

    private final DeploymentReviewProperties properties;
    private final ObjectMapper json = new ObjectMapper();

    FormReview(DeploymentReviewProperties properties) {
        this.properties = properties;
    }

    void review(String resource, byte[] content, List<Finding> findings) {
        JsonNode form;
        try {
            form = json.readTree(content);
        } catch (Exception e) {
            findings.add(new Finding(resource, null, Rule.UNREADABLE, "formularen er ikke gyldig JSON", 0, 0));
            return;
        }
        if (form == null || !form.isObject() || !form.path("components").isArray()) {
            findings.add(new Finding(
                    resource,
                    null,
                    Rule.FORM,
                    "en Camunda Form skal være et JSON-objekt med en liste components",
                    0,
                    0));
            return;
        }
        components(resource, form.path("components"), findings);
    }

    private void components(String resource, JsonNode components, List<Finding> findings) {
        for (JsonNode component : components) {
            String type = component.path("type").asText(null);
            if (type == null || !properties.formComponentTypes().contains(type)) {
                String id = component.path("id").asText(component.path("key").asText(null));
                findings.add(new Finding(
                        resource,
                        id,
                        Rule.FORM,
                        "komponenttypen '" + type + "' er ikke tilladt; tilladte typer: "
                                + String.join(", ", properties.formComponentTypes())
                                + " (tvaers.deployment-review.form-component-types)",
                        0,
                        0));
            }
            if (component.path("components").isArray()) {
                components(resource, component.path("components"), findings);
            }
        }
    }
}
