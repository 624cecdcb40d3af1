package dk.tvaers.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.tvaers.family.CaseProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.junit.jupiter.api.Test;

/** The referral form's districts come from the configuration; every other form is deployed byte for byte. */
class FormDistrictsTest {

    private final FormDistricts districts = new FormDistricts(new CaseProperties(List.of("Nord", "Syd"), "TV"));

    @Test
    void theReferralFormOffersTheConfiguredDistricts() throws Exception {
        byte[] form = districts.fill(Files.readAllBytes(Path.of("forms/referral.form")));

        JsonNode tree = new ObjectMapper().readTree(form);
        JsonNode select = null;
        for (JsonNode component : tree.path("components")) {
            if (component.path("key").asText().equals(FormDistricts.FIELD)) {
                select = component;
            }
        }
        assertThat(select).isNotNull();
        assertThat(select.path("type").asText()).isEqualTo("select");
        assertThat(select.path("validate").path("required").asBoolean()).isTrue();
        List<String> labels = new ArrayList<>();
        List<String> values = new ArrayList<>();
        select.path("values").forEach(option -> {
            labels.add(option.path("label").asText());
            values.add(option.path("value").asText());
        });
        assertThat(labels).containsExactly("Nord", "Syd");
        assertThat(values).containsExactly("Nord", "Syd");
        // the rest of the form is as written
        assertThat(tree.path("id").asText()).isEqualTo("form_referral");
        assertThat(tree.path("components").size())
                .isEqualTo(new ObjectMapper()
                        .readTree(Path.of("forms/referral.form").toFile())
                        .path("components")
                        .size());
    }

    @Test
    void aDeploymentFromCamundaModelerGetsTheConfiguredDistrictsToo() throws Exception {
        DeploymentEntity deployment = new DeploymentEntity();
        deployment.setNew(true);
        ResourceEntity form = new ResourceEntity();
        form.setName("referral.form");
        form.setBytes(Files.readAllBytes(Path.of("forms/referral.form")));
        deployment.addResource(form);

        districts.deployer().deploy(deployment);

        assertThat(form.getBytes()).isEqualTo(districts.fill(Files.readAllBytes(Path.of("forms/referral.form"))));
    }

    @Test
    void theReportOfConcernsAssessmentGetsTheConfiguredDistrictsToo() throws Exception {
        byte[] form = Files.readAllBytes(Path.of("forms/assess-report.form"));
        String filled = new String(districts.fill(form), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(filled).isNotEqualTo(new String(form, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(districts.fill(filled.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo(filled.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void fillingAFilledFormChangesNothing() throws Exception {
        byte[] once = districts.fill(Files.readAllBytes(Path.of("forms/referral.form")));
        assertThat(districts.fill(once)).isEqualTo(once);
    }

    @Test
    void aFormWithoutADistrictSelectIsLeftAlone() throws Exception {
        try (var files = Files.list(Path.of("forms"))) {
            // the referral's start form and the report of concern's assessment (its referral part) have a district
            // select
            for (Path file : files.filter(f -> !f.endsWith("referral.form") && !f.endsWith("assess-report.form"))
                    .toList()) {
                byte[] form = Files.readAllBytes(file);
                assertThat(districts.fill(form)).as(file.toString()).isSameAs(form);
            }
        }
        byte[] notJson = "{ not json".getBytes();
        assertThat(districts.fill(notJson)).isSameAs(notJson);
    }

    @Test
    void aConfigurationWithoutDistrictsStopsStartupNamingTheSetting() {
        for (List<String> none : List.of(List.<String>of(), List.of(" "))) {
            assertThatThrownBy(() -> new CaseProperties(none, "TV"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("tvaers.cases.districts names no district");
        }
    }
}
