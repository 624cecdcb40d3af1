package dk.tvaers.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server's reading of the shipped forms, on forms/decide-visitation.form and forms/family-meeting-plan.form. */
class FormSchemaTest {

    private static FormSchema form(String file) throws IOException {
        return FormSchema.of(new ObjectMapper().readTree(new File("forms/" + file)));
    }

    @Test
    void aCompleteVisitationPasses() throws IOException {
        assertThat(form("decide-visitation.form")
                        .check(Map.of("visitationDecision", "VISITED", "visitationReason", "Høj belastning"), Map.of()))
                .isEmpty();
    }

    @Test
    void readOnlyFieldsAreNotInput() throws IOException {
        assertThat(form("decide-visitation.form").fields()).doesNotContainKeys("caseNumber", "district");
    }

    @Test
    void aValueOutsideTheSelectsOptionsIsNamed() throws IOException {
        assertThat(form("decide-visitation.form")
                        .check(Map.of("visitationDecision", "MAYBE", "visitationReason", "x"), Map.of()))
                .containsExactly(new FormSchema.Violation(
                        "visitationDecision", "'Beslutning' skal være en af: NOT_VISITED, VISITED"));
    }

    @Test
    void aMissingRequiredFieldAndAnOverlongTextAreNamed() throws IOException {
        Map<String, Object> submitted = new HashMap<>();
        submitted.put("visitationDecision", null);
        submitted.put("visitationReason", "x".repeat(1001));
        assertThat(form("decide-visitation.form").check(submitted, Map.of()))
                .extracting(FormSchema.Violation::field, FormSchema.Violation::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("visitationDecision", "'Beslutning' skal udfyldes"),
                        org.assertj.core.groups.Tuple.tuple(
                                "visitationReason",
                                "'Begrundelse (også når du fraviger anbefalingen)' må højst være 1000 tegn"));
    }

    @Test
    void aRequiredCheckboxMustBeTickedAndOptionalOnesMayBeLeftOut() throws IOException {
        FormSchema plan = form("family-meeting-plan.form");
        assertThat(plan.check(
                        Map.of("planRecorded", true, "consentRecorded", true, "childWishes", "Vil spille fodbold"),
                        Map.of()))
                .isEmpty();
        assertThat(plan.check(Map.of("planRecorded", false, "consentRecorded", "ja"), Map.of()))
                .extracting(FormSchema.Violation::field)
                .containsExactly("planRecorded", "consentRecorded", "childWishes");
    }

    @Test
    void aValueAlreadyInTheProcessCountsWhenNotSubmittedAgain() throws IOException {
        assertThat(form("decide-visitation.form")
                        .check(
                                Map.of("visitationReason", "Høj belastning"),
                                Map.of("visitationDecision", "NOT_VISITED")))
                .isEmpty();
    }

    @Test
    void aDateFieldTakesOnlyDates() throws IOException {
        FormSchema offer = form("offer-bif.form");
        assertThat(offer.check(Map.of("offerStartDate", "næste uge", "offerEstablished", true), Map.of()))
                .extracting(FormSchema.Violation::field)
                .containsExactly("offerStartDate");
        assertThat(offer.check(Map.of("offerStartDate", "2026-12-01", "offerEstablished", true), Map.of()))
                .isEmpty();
    }
}
