package dk.tvaers.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dk.tvaers.process.ProcessDeadlines;
import dk.tvaers.security.MissingAdministratorException;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.diagnostics.FailureAnalysis;

class StartupFailureAnalyzerTest {

    private final StartupFailureAnalyzer analyzer = new StartupFailureAnalyzer();

    @Test
    void aLockedH2FileSaysAnotherTvaersMayBeRunningOnIt() {
        String url = "jdbc:h2:file:./data/tvaers";
        FailureAnalysis analysis = analyzer.analyze(new IllegalStateException(
                "context failed",
                new DatabaseUnreachableException(
                        url, "locked", new SQLException("Database may be already in use\nmore detail"))));
        assertThat(analysis.getDescription())
                .isEqualTo("Tværs cannot reach the database at " + url + ": Database may be already in use");
        assertThat(analysis.getAction()).startsWith("Another Tværs may be running on the same H2 file");
    }

    @Test
    void aMissingAdministratorNamesTheSetting() {
        FailureAnalysis analysis = analyzer.analyze(new MissingAdministratorException("admin"));
        assertThat(analysis.getDescription()).contains("TVAERS_ADMIN_PASSWORD", "does not invent passwords");
        assertThat(analysis.getAction()).contains("TVAERS_ADMIN_PASSWORD", "demo profile");
    }

    @Test
    void aDeadlineThatIsNotAPeriodIsOneSentenceNamingTheSetting() {
        Throwable failure = catchThrowable(() -> ProcessDeadlines.bind(new Binder(
                new MapConfigurationPropertySource(Map.of("tvaers.deadlines.investigation-warning", "fjorten dage")))));
        FailureAnalysis analysis = analyzer.analyze(new IllegalStateException("context failed", failure));
        assertThat(analysis.getDescription())
                .isEqualTo("tvaers.deadlines.investigation-warning is not an ISO-8601 duration such as P5D or P4M:"
                        + " 'fjorten dage'.");
        assertThat(analysis.getAction()).contains("TVAERS_DEADLINES_INVESTIGATIONWARNING");
    }

    @Test
    void otherFailuresAreLeftToSpringBoot() {
        assertThat(analyzer.analyze(new IllegalStateException("something else")))
                .isNull();
    }
}
