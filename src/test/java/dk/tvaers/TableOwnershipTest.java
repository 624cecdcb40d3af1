package dk.tvaers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table has one owning module, and only the owner names it in SQL: other modules read what the owner publishes
 * (family's {@code CaseQueries}, {@code MemberQueries} and the view {@code family_case_summary}, adult's
 * {@code CourseQueries}, process's {@code EngineReadModel} for Camunda's tables), so that a renamed column fails in
 * one module. A source scan: every string literal (text blocks too) of the main code, outside its owner, that names an
 * owned table in a class that speaks SQL, or after FROM, JOIN, UPDATE or INTO, is a violation.
 */
class TableOwnershipTest {

    private static final Path MAIN = Path.of("src/main/java/dk/tvaers");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db");

    /** The project's tables by owning module (the feature package below dk.tvaers). */
    static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("family_case", "family"),
            Map.entry("case_member", "family"),
            Map.entry("referral", "family"),
            Map.entry("action_plan", "family"),
            Map.entry("plan_goal", "family"),
            Map.entry("plan_version", "family"),
            Map.entry("plan_consent", "family"),
            Map.entry("screening_score", "family"),
            Map.entry("journal_entry", "family"),
            Map.entry("case_phase", "family"),
            Map.entry("case_transfer", "family"),
            Map.entry("investigation_ending", "family"),
            Map.entry("consent_assessment", "family"),
            Map.entry("majority_decision", "family"),
            Map.entry("adult_path_offer", "family"),
            Map.entry("child_conversation", "family"),
            Map.entry("plan_child_wishes", "family"),
            Map.entry("support_decision", "family"),
            Map.entry("decision_hearing", "family"),
            Map.entry("urgent_support_decision", "family"),
            Map.entry("investigation_subject", "family"),
            Map.entry("who5_score", "family"),
            Map.entry("visitation_assessment", "family"),
            Map.entry("ssp_concern", "family"),
            Map.entry("adult_course_event", "adult"),
            Map.entry("adult_offence", "adult"),
            Map.entry("adult_assessment", "adult"),
            Map.entry("adult_course", "adult"),
            Map.entry("adult_course_phase", "adult"),
            Map.entry("report_of_concern", "concern"),
            Map.entry("access_log", "access"),
            Map.entry("deployment_log", "deployment"),
            Map.entry("deployment_log_resource", "deployment"),
            Map.entry("idempotency_key", "security"),
            Map.entry("scheduled_lock", "kernel"));

    /** Camunda's tables (act_ru_*, act_hi_*, act_re_*, act_ge_*, act_id_*): read with SQL only by process. */
    static final Pattern ENGINE_TABLE = Pattern.compile("(?i)\\bact_(ru|hi|re|ge|id)_\\w+");

    static final String ENGINE_OWNER = "process";

    /** A class that talks to the database in SQL. */
    private static final Pattern SPEAKS_SQL =
            Pattern.compile("JdbcTemplate|JdbcClient|createNativeQuery|java\\.sql\\.|DataSource|@Query");

    @Test
    void everyTableCreatedByAMigrationHasAnOwner() throws IOException {
        Pattern create = Pattern.compile("(?i)CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)");
        TreeSet<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher m = create.matcher(Files.readString(file));
                while (m.find()) {
                    tables.add(m.group(1).toLowerCase());
                }
            }
        }
        assertThat(tables).isNotEmpty();
        assertThat(OWNERS.keySet()).as("owners named in this test").containsAll(tables);
    }

    @Test
    void onlyTheOwnerNamesItsTablesInSql() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = MAIN.relativize(file).getName(0).toString();
                if (module.endsWith(".java")) {
                    module = "";
                }
                violations.addAll(violations(file.toString(), module, Files.readString(file)));
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theScanCatchesAForeignTableInAnotherModulesSql() {
        String board =
                """
                package dk.tvaers.board;
                // reads family_case directly: a comment is no SQL
                class Intruder {
                    /** SELECT * FROM case_member, in a comment */
                    static final String PAGE = \"""
                            SELECT c.case_number FROM family_case c
                            JOIN act_ru_task t ON t.business_key_ = c.case_number
                            \""";
                    static final String ESCAPED = "a \\"quote\\" and" + " UPDATE plan_goal SET status = 'x'";
                    static final String WORDS = "the referral is fine: no SQL here";
                    static final char QUOTE = '"';
                    static final String AFTER = "FROM adult_course_phase p";
                }
                """;
        assertThat(violations("Intruder.java", "board", board))
                .containsExactlyInAnyOrder(
                        "Intruder.java: family_case (owned by family)",
                        "Intruder.java: act_ru_task (owned by process)",
                        "Intruder.java: plan_goal (owned by family)",
                        "Intruder.java: adult_course_phase (owned by adult)");
        assertThat(violations("CaseQueries.java", "family", board.replace("adult_course_phase", "x")))
                .containsExactly("CaseQueries.java: act_ru_task (owned by process)");
    }

    /** The owned tables this source, of this module, names in SQL outside their owner. */
    static List<String> violations(String name, String module, String source) {
        boolean speaksSql = SPEAKS_SQL.matcher(source).find();
        List<String> found = new ArrayList<>();
        for (String literal : literals(source)) {
            for (Map.Entry<String, String> table : OWNERS.entrySet()) {
                if (table.getValue().equals(module)) {
                    continue;
                }
                String word = "\\b" + table.getKey() + "\\b";
                if ((speaksSql
                                && Pattern.compile("(?i)" + word)
                                        .matcher(literal)
                                        .find())
                        || Pattern.compile("(?i)\\b(FROM|JOIN|UPDATE|INTO)\\s+" + word)
                                .matcher(literal)
                                .find()) {
                    found.add(name + ": " + table.getKey() + " (owned by " + table.getValue() + ")");
                }
            }
            if (!module.equals(ENGINE_OWNER)) {
                Matcher engine = ENGINE_TABLE.matcher(literal);
                while (engine.find()) {
                    found.add(name + ": " + engine.group().toLowerCase() + " (owned by " + ENGINE_OWNER + ")");
                }
            }
        }
        return found;
    }

    /** The contents of the string literals and text blocks of Java source, comments and char literals skipped. */
    static List<String> literals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int start = i + 3;
                int j = start;
                while (j < n && !source.startsWith("\"\"\"", j)) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                literals.add(source.substring(start, Math.min(j, n)));
                i = j + 3;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    literals.add(source.substring(i + 1, Math.min(j, n)));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }
}
