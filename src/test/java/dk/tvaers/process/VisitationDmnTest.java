package dk.tvaers.process;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.family.VisitationRecords.Basis;
import dk.tvaers.family.VisitationRecords.Recommendation;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule of bpmn/visitation.dmn, on Camunda's DMN engine with the file as a process designer saves it: the burden
 * grade's table (each Odense criterion, score 1 and score 2, and the number of problems) and the recommendation's
 * (SSP category 3-4 is the target group; otherwise a high burden grade means consider; otherwise not the target
 * group). The class fails when a rule of the file is not matched by any of its tests.
 */
class VisitationDmnTest {

    private static final String FILE = "bpmn/visitation.dmn";
    private static final Set<String> MATCHED = new TreeSet<>();
    private static DmnEngine engine;
    private static Map<String, DmnDecision> decisions;

    @BeforeAll
    static void parse() throws IOException {
        DefaultDmnEngineConfiguration configuration = new DefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(new DmnDecisionTableEvaluationListener() {
            @Override
            public void notify(DmnDecisionTableEvaluationEvent event) {
                event.getMatchingRules().forEach(rule -> MATCHED.add(rule.getId()));
            }
        }));
        engine = configuration.buildEngine();
        try (InputStream in = new FileInputStream(FILE)) {
            decisions = engine.parseDecisions(in).stream().collect(Collectors.toMap(DmnDecision::getKey, d -> d));
        }
    }

    @AfterAll
    static void everyRuleIsMatchedByATest() {
        Set<String> rules = Dmn.readModelFromFile(new java.io.File(FILE)).getModelElementsByType(Rule.class).stream()
                .map(Rule::getId)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(rules).hasSize(15);
        assertThat(MATCHED).containsExactlyElementsOf(rules);
    }

    private static VisitationDecisions.Evaluator evaluator() {
        return (key, variables) -> engine.evaluateDecision(decisions.get(key), variables).stream()
                .map(hit -> (Map<String, Object>) hit.getEntryMap())
                .toList();
    }

    private static VisitationDecisions.Outcome evaluate(Basis basis) {
        return VisitationDecisions.evaluate(evaluator(), basis);
    }

    /** A basis with one criterion set: the others unscreened (null) or without need. */
    private static Basis only(String criterion, Integer score) {
        return new Basis(
                null,
                criterion.equals("problems") ? score : 0,
                criterion.equals("measures") ? score : 5,
                criterion.equals("labour") ? score : 5,
                criterion.equals("society") ? score : null,
                criterion.equals("network") ? score : 4,
                criterion.equals("networkCrime") ? score : 3);
    }

    @ParameterizedTest(name = "{0} {1}: {2} point(s)")
    @CsvSource({
        "problems, 7, 2, Mange problemer",
        "problems, 6, 2, Mange problemer",
        "problems, 5, 1, Flere problemer",
        "problems, 3, 1, Flere problemer",
        "measures, 1, 2, Omfattende foranstaltninger",
        "measures, 2, 1, Betydelige foranstaltninger",
        "labour, 1, 2, Ingen tilknytning til arbejdsmarked",
        "labour, 2, 1, Svag tilknytning til arbejdsmarked",
        "society, 1, 2, Meget svært ved at agere",
        "society, 2, 1, Svært ved at agere",
        "network, 1, 2, Stærk tilknytning til kriminelt netværk",
        "network, 2, 1, Tilknytning til kriminelt netværk",
        "networkCrime, 1, 2, præger familien stærkt",
        "networkCrime, 2, 1, Netværkets og familiens kriminalitet præger familien (score 2)"
    })
    void eachOdenseCriterionAddsToTheBurdenGradeWithItsReason(String criterion, int score, int points, String reason) {
        VisitationDecisions.Outcome outcome = evaluate(only(criterion, score));

        assertThat(outcome.burdenGrade()).isEqualTo(points);
        assertThat(outcome.reasons()).hasSize(2);
        assertThat(outcome.reasons().get(1)).contains(reason).endsWith("(+" + points + ")");
    }

    @ParameterizedTest(name = "{0} {1}: no points")
    @CsvSource({"problems, 2", "problems, 0", "measures, 3", "labour, 4", "society, 5", "network, 3", "networkCrime, 5"
    })
    void noNeedOrASmallNeedAddsNothing(String criterion, int score) {
        VisitationDecisions.Outcome outcome = evaluate(only(criterion, score));

        assertThat(outcome.burdenGrade()).isZero();
        assertThat(outcome.recommendation()).isEqualTo(Recommendation.NOT_TARGET_GROUP);
        assertThat(outcome.reasons())
                .containsExactly("Hverken SSP-kategori 3–4 eller høj belastningsgrad: ikke målgruppen");
    }

    @Test
    void theBurdenGradeIsTheSumOfEveryCriterionThatApplies() {
        // 8 problems (+2), measures 1 (+2), labour 2 (+1), society 1 (+2), network 1 (+2), network's crime 1 (+2)
        VisitationDecisions.Outcome outcome = evaluate(new Basis(2, 8, 1, 2, 1, 1, 1));

        assertThat(outcome.burdenGrade()).isEqualTo(11);
        assertThat(outcome.reasons()).hasSize(7);
    }

    @ParameterizedTest(name = "SSP {0}, burden grade {1}: {2}")
    @CsvSource({
        // SSP category 3-4 is the target group, whatever the burden grade
        "3, 0, TARGET_GROUP",
        "4, 12, TARGET_GROUP",
        // outside it: a high burden grade (6 or more) means consider, the grade below it not the target group
        "2, 6, CONSIDER",
        ", 9, CONSIDER",
        "1, 5, NOT_TARGET_GROUP",
        ", 0, NOT_TARGET_GROUP"
    })
    void theRecommendationFollowsTheSspCategoryAndTheBurdenGrade(Integer ssp, int grade, Recommendation expected) {
        List<Map<String, Object>> hits = evaluator()
                .evaluate(VisitationDecisions.RECOMMENDATION, new java.util.HashMap<>(Map.of("burdenGrade", grade)) {
                    {
                        put("sspCategory", ssp);
                    }
                });

        assertThat(hits).hasSize(1);
        assertThat(hits.get(0)).containsEntry("recommendation", expected.name());
        assertThat((String) hits.get(0).get("reason")).isNotBlank();
    }

    @Test
    void aFamilyInSspCategoryThreeWithAHighBurdenGradeIsTheTargetGroupWithEveryReason() {
        VisitationDecisions.Outcome outcome = evaluate(new Basis(3, 6, 2, 2, 2, 2, 2));

        assertThat(outcome.burdenGrade()).isEqualTo(7);
        assertThat(outcome.recommendation()).isEqualTo(Recommendation.TARGET_GROUP);
        assertThat(outcome.reasons().get(0)).startsWith("SSP-kategori 3–4");
        assertThat(outcome.reasons()).hasSize(7);
    }
}
