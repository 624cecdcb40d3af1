package dk.tvaers.platform;

import dk.tvaers.process.ProcessDeadlines;
import dk.tvaers.security.LdapConfigurationException;
import dk.tvaers.security.MissingAdministratorException;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns the startup failures an operator can fix into one clear description and action, without a stack trace
 * (Spring Boot logs the trace only at debug level when an analyzer answers).
 */
public class StartupFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DatabaseUnreachableException e) {
                String action = e.url().startsWith("jdbc:h2:file:")
                        ? "Another Tværs may be running on the same H2 file: stop it, or give this one its own"
                                + " database with SPRING_DATASOURCE_URL."
                        : "Start the database (for PostgreSQL: docker compose up -d) or point Tværs at it with"
                                + " SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.";
                return new FailureAnalysis(
                        "Tværs cannot reach the database at " + e.url() + ": "
                                + DatabaseReachabilityCheck.rootMessage(e),
                        action,
                        e);
            }
            if (t instanceof InvalidModelException e) {
                return new FailureAnalysis(
                        "The model " + e.file() + " cannot be deployed: " + e.reason(),
                        "Correct " + e.file() + " (open it in Camunda Modeler) and start Tværs again.",
                        e);
            }
            if (t instanceof ParseException e) {
                return new FailureAnalysis(
                        "A model cannot be deployed: " + parseProblems(e),
                        "Correct the model (open it in Camunda Modeler) and start Tværs again.",
                        e);
            }
            if (t instanceof ProcessDeadlines.InvalidDeadlineException e) {
                return new FailureAnalysis(
                        e.getMessage() + ".",
                        "Correct " + e.setting() + " in application.yaml (or " + e.environmentVariable()
                                + ") and start Tværs again.",
                        e);
            }
            if (t instanceof LdapConfigurationException e) {
                return new FailureAnalysis(
                        "The ldap profile cannot log users in: " + e.getMessage(),
                        "Set the TVAERS_LDAP_* environment variables (README: Log ind med kommunens LDAP / Active"
                                + " Directory) and start Tværs again.",
                        e);
            }
            if (t instanceof StartupLockTimeoutException e) {
                return new FailureAnalysis(
                        e.getMessage() + ": its start (schema, bootstrap, deployment) did not finish.",
                        "Look at the other node's log; if no node is starting, stop any stuck Tværs process (the lock"
                                + " goes with its database connection), then start the nodes again. Nodes may start"
                                + " together; they take turns. More time: " + ClusterStartupLock.WAIT_PROPERTY + ".",
                        e);
            }
            if (t instanceof MissingAdministratorException e) {
                return new FailureAnalysis(
                        e.getMessage() + ". Tværs does not invent passwords.",
                        "Set TVAERS_ADMIN_PASSWORD (and TVAERS_ADMIN_USER if the id is not 'admin') for the first start,"
                                + " or run with the demo profile on a test machine.",
                        e);
            }
        }
        return null;
    }

    private static String parseProblems(ParseException e) {
        if (e.getResorceReports() == null || e.getResorceReports().isEmpty()) {
            return DatabaseReachabilityCheck.rootMessage(e);
        }
        return e.getResorceReports().stream()
                .flatMap(report ->
                        report.getErrors().stream().map(problem -> describe(report.getResourceName(), problem)))
                .collect(Collectors.joining("; "));
    }

    private static String describe(String resource, Problem problem) {
        return resource + " line " + problem.getLine() + ", column " + problem.getColumn() + ": "
                + problem.getMessage();
    }
}
