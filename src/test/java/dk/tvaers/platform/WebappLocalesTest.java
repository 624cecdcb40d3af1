package dk.tvaers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Camunda's webapps in Danish: each app's {@code locales/da.json} (ours) against the {@code en.json} the Camunda
 * webjar on the classpath ships. A Camunda upgrade that adds texts fails here, naming the missing keys, instead of
 * showing them as raw keys (e.g. {@code PAGE_LOGIN_SIGN_IN_ACTION}) in the Danish UI.
 */
class WebappLocalesTest {

    private static final String APP = "META-INF/resources/webjars/camunda/app/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}\\s]+)\\s*}}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"cockpit", "admin", "tasklist", "welcome"})
    void danishHasEveryKeyOfTheShippedEnglish(String app) throws IOException {
        Map<String, JsonNode> english = flatten(read(app, "en.json"));
        Map<String, JsonNode> danish = flatten(read(app, "da.json"));

        assertThat(english).as("Camunda's %s en.json", app).hasSizeGreaterThan(100);
        assertThat(new TreeSet<>(danish.keySet()))
                .as("%s/locales/da.json lacks keys of Camunda's en.json", app)
                .containsAll(new TreeSet<>(english.keySet()));
        assertThat(new TreeSet<>(english.keySet()))
                .as("%s/locales/da.json has keys Camunda's en.json no longer has", app)
                .containsAll(new TreeSet<>(danish.keySet()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cockpit", "admin", "tasklist", "welcome"})
    void everyDanishTextIsFilledAndKeepsTheEnglishPlaceholders(String app) throws IOException {
        Map<String, JsonNode> english = flatten(read(app, "en.json"));
        Map<String, JsonNode> danish = flatten(read(app, "da.json"));
        List<String> wrong = new ArrayList<>();
        english.forEach((key, value) -> {
            JsonNode translated = danish.get(key);
            if (translated == null || !value.isTextual()) {
                return;
            }
            if (!value.asText().isBlank() && translated.asText().isBlank()) {
                wrong.add(key + " is empty");
            }
            if (!placeholders(value.asText()).equals(placeholders(translated.asText()))) {
                wrong.add(key + " has " + placeholders(translated.asText()) + ", English has "
                        + placeholders(value.asText()));
            }
        });
        assertThat(wrong).as("%s/locales/da.json", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cockpit", "admin", "tasklist", "welcome"})
    void theAppOffersDanishFirstAndEnglish(String app) throws IOException {
        assertThat(text(APP + app + "/scripts/config.js"))
                .contains("availableLocales: ['da', 'en']", "fallbackLocale: 'da'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cockpit", "admin", "tasklist"})
    void datesAreDanish(String app) throws IOException {
        JsonNode dates = read(app, "da.json").get("dateLocales");
        assertThat(dates.at("/months/0").asText()).isEqualTo("januar");
        assertThat(dates.at("/week/dow").asInt()).as("weeks start on Monday").isEqualTo(1);
        assertThat(dates.at("/longDateFormat/L").asText()).isEqualTo("DD.MM.YYYY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cockpit", "admin"})
    void cockpitAndAdminUseTheDanishTerms(String app) throws IOException {
        Map<String, JsonNode> danish = flatten(read(app, "da.json"));
        Map<String, String> expected = "cockpit".equals(app)
                ? Map.of(
                        "labels.DASHBOARD_PROCESS_DEFINITIONS", "Procesdefinitioner",
                        "labels.DASHBOARD_RUNNING_PROCESS_INSTANCE", "Kørende procesinstanser",
                        "labels.DASHBOARD_OPEN_INCIDENTS", "Åbne hændelser",
                        "labels.COCKPIT_DEPLOYMENTS", "Implementeringer",
                        "labels.COCKPIT_DECISIONS", "Beslutninger")
                : Map.of(
                        "labels.USERS_USERS", "Brugere",
                        "labels.GROUPS_GROUPS", "Grupper",
                        "labels.AUTHORIZATION_AUTHORIZATIONS", "Autorisationer",
                        "labels.TENANTS_TENANTS", "Lejere");
        expected.forEach((key, text) -> {
            assertThat(danish).as("%s/locales/da.json", app).containsKey(key);
            assertThat(danish.get(key).asText()).as(key).isEqualTo(text);
        });
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static JsonNode read(String app, String file) throws IOException {
        String path = APP + app + "/locales/" + file;
        URL resource = WebappLocalesTest.class.getClassLoader().getResource(path);
        assertThat(resource).as(path + " on the classpath").isNotNull();
        try (InputStream in = resource.openStream()) {
            return JSON.readTree(in);
        }
    }

    private static String text(String path) throws IOException {
        URL resource = WebappLocalesTest.class.getClassLoader().getResource(path);
        assertThat(resource).as(path + " on the classpath").isNotNull();
        try (InputStream in = resource.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, JsonNode> flatten(JsonNode node) {
        Map<String, JsonNode> flat = new LinkedHashMap<>();
        flatten("", node, flat);
        return flat;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> flat) {
        if (node.isObject()) {
            node.fields()
                    .forEachRemaining(field -> flatten(
                            prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), flat));
        } else {
            flat.put(prefix, node);
        }
    }
}
