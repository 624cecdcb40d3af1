package dk.tvaers.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.bpmn.parser.ResourceReportImpl;

/**
 * A deployment the review refused. A {@link ParseException}, so that Camunda's REST API answers 400 with a report per
 * resource whose problems name the elements (Camunda Modeler shows them), and the message says it all in Danish.
 */
public class DeploymentRefusedException extends ParseException {

    private static final long serialVersionUID = 1L;
    private static final int IN_MESSAGE = 10;

    private final transient List<Finding> findings;

    DeploymentRefusedException(String deploymentName, List<Finding> findings) {
        this(deploymentName, findings, byResource(findings));
    }

    private DeploymentRefusedException(
            String deploymentName, List<Finding> findings, Map<String, List<Problem>> byResource) {
        super(
                message(deploymentName, findings),
                byResource.keySet().iterator().next(),
                byResource.values().iterator().next(),
                List.of());
        byResource.entrySet().stream()
                .skip(1)
                .forEach(e -> resorceReports.add(new ResourceReportImpl(e.getKey(), e.getValue(), List.of())));
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }

    /** Why, in one Danish text: the findings, at most ten of them. */
    static String message(String deploymentName, List<Finding> findings) {
        String listed =
                findings.stream().limit(IN_MESSAGE).map(Finding::getMessage).collect(Collectors.joining("; "));
        String more = findings.size() > IN_MESSAGE ? " … og " + (findings.size() - IN_MESSAGE) + " fund mere" : "";
        return "Udrulningen" + (deploymentName == null ? "" : " '" + deploymentName + "'")
                + " er afvist: modeller fra andre end administratorer må kun bruge de tilladte udtryk og"
                + " komponenter (docs/hardening.md, \"Udrulning af modeller\"). " + listed + more;
    }

    private static Map<String, List<Problem>> byResource(List<Finding> findings) {
        Map<String, List<Problem>> byResource = new LinkedHashMap<>();
        for (Finding finding : findings) {
            byResource
                    .computeIfAbsent(finding.resource(), r -> new ArrayList<>())
                    .add(finding);
        }
        return byResource;
    }
}
