package dk.tvaers.process;

import dk.tvaers.family.VisitationRecords.Basis;
import dk.tvaers.family.VisitationRecords.Recommendation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;

/**
 * bpmn/visitation.dmn, as Java reads it: the decision {@value #BURDEN} gives the points and reasons of each Odense
 * criterion that applies (the burden grade is their sum), the decision {@value #RECOMMENDATION} the recommendation from
 * the SSP category and the burden grade. The rules themselves live only in the DMN, where a methods consultant changes
 * them in Camunda Modeler.
 */
public final class VisitationDecisions {

    /** The decision key of the burden grade's table. */
    public static final String BURDEN = "visitation_burden";

    /** The decision key of the recommendation's table. */
    public static final String RECOMMENDATION = "visitation_recommendation";

    /** The outcome: the burden grade, the recommendation, and the reasons (each criterion's, then the rule's). */
    public record Outcome(int burdenGrade, Recommendation recommendation, List<String> reasons) {}

    private VisitationDecisions() {}

    /** The decision tables' input variables for a basis. */
    public static Map<String, Object> burdenInputs(Basis basis) {
        Map<String, Object> in = new HashMap<>();
        in.put("problemCount", basis.problemCount());
        in.put("measuresScore", basis.measuresScore());
        in.put("labourEducationScore", basis.labourEducationScore());
        in.put("societyScore", basis.societyScore());
        in.put("criminalNetworkScore", basis.criminalNetworkScore());
        in.put("networkCrimeScore", basis.networkCrimeScore());
        return in;
    }

    /** Evaluates a decision by key: each hit as its output entries. */
    public interface Evaluator {
        List<Map<String, Object>> evaluate(String decisionKey, Map<String, Object> variables);
    }

    /** The engine's decision service, evaluating the deployed tables' latest version. */
    public static Evaluator of(DecisionService decisions) {
        return (key, variables) -> decisions.evaluateDecisionByKey(key).variables(variables).evaluate().stream()
                .map(hit -> (Map<String, Object>) hit.getEntryMap())
                .toList();
    }

    /** Evaluates both tables, as deployed, for the basis. */
    public static Outcome evaluate(Evaluator decisions, Basis basis) {
        int grade = 0;
        List<String> reasons = new ArrayList<>();
        for (Map<String, Object> hit : decisions.evaluate(BURDEN, burdenInputs(basis))) {
            Number points = (Number) hit.get("points");
            grade += points == null ? 0 : points.intValue();
            reasons.add(hit.get("factor") + " (+" + points + ")");
        }
        Map<String, Object> in = new HashMap<>();
        in.put("sspCategory", basis.sspCategory());
        in.put("burdenGrade", grade);
        List<Map<String, Object>> hits = decisions.evaluate(RECOMMENDATION, in);
        if (hits.size() != 1) {
            throw new IllegalStateException(RECOMMENDATION + " gave " + hits.size() + " recommendations");
        }
        List<String> all = new ArrayList<>();
        all.add((String) hits.get(0).get("reason"));
        all.addAll(reasons);
        return new Outcome(grade, Recommendation.valueOf((String) hits.get(0).get("recommendation")), all);
    }
}
