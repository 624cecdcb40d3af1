package dk.tvaers.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Builds national-scale data in bulk that is what the engine itself writes: families taken through the real
 * application to a stage (the templates) are copied row for row, in PostgreSQL, with every id of the template's
 * rows given the copy's number, the case number replaced and the numeric ids of the case tables shifted. Runtime
 * (executions, tasks, identity links, variables, timers, event subscriptions, per-task grants), history (every
 * {@code act_hi_*} row of the case, the historic-task grants) and the case tables (case, members, referral, phases,
 * plan, journal, screenings) are copied together, so a copy is a case the engine and Tværs can carry on with.
 *
 * <p>A national installation serves many municipalities, each with its own administrations: copies beyond the first
 * 1,000 belong to other municipalities, whose group and user ids get the suffix {@code -k<municipality>} (so a
 * Copenhagen caseworker's lists hold her own municipality's work, as they would). Municipality 0 keeps the demo
 * groups and users. {@link #grow} adds copies round-robin over the templates.
 */
public final class BulkData {

    /** A family taken through the application to a stage: its case number and the root process instance. */
    public record Template(String stage, String caseNumber, String rootInstanceId) {}

    /** Cases of the home municipality (the demo groups); every further municipality gets as many. */
    public static final int CASES_PER_MUNICIPALITY = 1_000;

    /** Numeric ids of copied case rows: the template's id plus copy number times this. */
    static final long STRIDE = 1_000_000L;

    /** Columns holding group or user ids, renamed per municipality. */
    static final Set<String> PEOPLE_COLUMNS = Set.of(
            "group_id_", "user_id_", "assignee_", "owner_", "start_user_id_", "coordinator", "registered_by", "author");

    /** Numeric id columns of the case tables. */
    static final Set<String> CASE_ID_COLUMNS = Set.of("id", "case_id", "member_id", "family_case_id", "lead_member_id");

    /** Engine tables, parents before children (foreign keys). */
    static final List<String> ENGINE_TABLES = List.of(
            "act_ge_bytearray",
            "act_ru_execution",
            "act_ru_task",
            "act_ru_identitylink",
            "act_ru_variable",
            "act_ru_job",
            "act_ru_event_subscr",
            "act_ru_incident",
            "act_ru_authorization",
            "act_hi_procinst",
            "act_hi_actinst",
            "act_hi_taskinst",
            "act_hi_varinst",
            "act_hi_detail",
            "act_hi_identitylink",
            "act_hi_op_log",
            "act_hi_job_log",
            "act_hi_incident",
            "act_hi_comment",
            "act_hi_attachment",
            "act_hi_decinst",
            "act_hi_dec_in",
            "act_hi_dec_out");

    /** Case tables keyed by case id, parents first. */
    static final List<String> CASE_TABLES = List.of(
            "family_case",
            "case_member",
            "referral",
            "case_phase",
            "action_plan",
            "plan_goal",
            "plan_version",
            "plan_consent",
            "journal_entry",
            "screening_score",
            "child_conversation",
            "investigation_subject");

    private final JdbcTemplate jdbc;
    private final List<Template> templates;
    private final Map<String, Map<String, String>> columns = new LinkedHashMap<>();
    private int copies;

    public BulkData(JdbcTemplate jdbc, List<Template> templates) {
        this.jdbc = jdbc;
        this.templates = List.copyOf(templates);
        for (String table : concat(ENGINE_TABLES, CASE_TABLES)) {
            Map<String, String> types = new LinkedHashMap<>();
            jdbc.query(
                    "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema()"
                            + " AND table_name = ? ORDER BY ordinal_position",
                    row -> {
                        types.put(row.getString(1), row.getString(2));
                    },
                    table);
            columns.put(table, types);
        }
        prepare();
    }

    /** Copies made so far. */
    public int copies() {
        return copies;
    }

    /** The municipality of copy n (0 = the demo groups): the first 1,000 at home, then round-robin over the rest. */
    static String municipalitySql(int municipalities) {
        if (municipalities <= 1) {
            return "0";
        }
        return "(CASE WHEN g.n <= " + CASES_PER_MUNICIPALITY + " THEN 0 ELSE 1 + ((g.n - " + CASES_PER_MUNICIPALITY
                + " - 1) % " + (municipalities - 1) + ") END)";
    }

    /**
     * Adds copies until there are {@code total}; {@code municipalities} is how many municipalities the installation
     * has at that size. Returns the number of rows written.
     */
    public long grow(int total, int municipalities) {
        long rows = 0;
        int from = copies + 1;
        if (total < from) {
            return 0;
        }
        // each template gets every templates.size()-th copy number in [from, total]
        for (int t = 0; t < templates.size(); t++) {
            rows += copy(t, from, total, municipalities);
        }
        copies = total;
        jdbc.execute("ANALYZE");
        return rows;
    }

    private long copy(int templateIndex, int from, int to, int municipalities) {
        Template template = templates.get(templateIndex);
        jdbc.update("TRUNCATE bulk_scope");
        jdbc.update(
                "INSERT INTO bulk_scope SELECT id_ FROM act_hi_procinst WHERE root_proc_inst_id_ = ?",
                template.rootInstanceId());
        String series = "generate_series(" + from + ", " + to + ") g(n)";
        String seriesFilter = " AND (g.n - 1) % " + templates.size() + " = " + templateIndex;
        String municipality = municipalitySql(municipalities);
        long rows = 0;
        for (String table : ENGINE_TABLES) {
            rows += insert(table, selector(table), series, seriesFilter, municipality);
        }
        Long caseId = jdbc.queryForObject(
                "SELECT id FROM family_case WHERE case_number = ?", Long.class, template.caseNumber());
        for (String table : CASE_TABLES) {
            String where = table.equals("family_case") ? "t.id = " + caseId : "t.case_id = " + caseId;
            rows += insert(table, where, series, seriesFilter, municipality);
        }
        return rows;
    }

    /** The template's rows of an engine table. */
    private String selector(String table) {
        Map<String, String> types = columns.get(table);
        String instances = "(SELECT id FROM bulk_scope)";
        if (table.equals("act_ru_authorization")) {
            return "(t.root_proc_inst_id_ IN " + instances + " OR t.resource_id_ IN (SELECT id_ FROM act_hi_taskinst"
                    + " WHERE proc_inst_id_ IN " + instances + ") OR t.resource_id_ IN " + instances + ")";
        }
        if (table.equals("act_ge_bytearray")) {
            return "(t.root_proc_inst_id_ IN " + instances + " OR t.id_ IN (SELECT bytearray_id_ FROM act_ru_variable"
                    + " WHERE proc_inst_id_ IN " + instances + "))";
        }
        if (table.equals("act_ru_identitylink")) {
            return "t.task_id_ IN (SELECT id_ FROM act_ru_task WHERE proc_inst_id_ IN " + instances + ")";
        }
        // runtime rows name their process instance (their root_proc_inst_id_ is not always set); history rows their
        // root
        if (types.containsKey("root_proc_inst_id_") && !table.startsWith("act_ru_")) {
            return "t.root_proc_inst_id_ IN " + instances;
        }
        if (types.containsKey("proc_inst_id_")) {
            return "t.proc_inst_id_ IN " + instances;
        }
        if (types.containsKey("process_instance_id_")) {
            return "t.process_instance_id_ IN " + instances;
        }
        throw new IllegalStateException("No way to find a case's rows in " + table);
    }

    private long insert(String table, String where, String series, String seriesFilter, String municipality) {
        Map<String, String> types = columns.get(table);
        if (types.isEmpty()) {
            return 0;
        }
        boolean caseTable = CASE_TABLES.contains(table);
        List<String> names = new ArrayList<>(types.keySet());
        List<String> values = new ArrayList<>();
        for (String column : names) {
            values.add(mapped(column, types.get(column), caseTable, municipality));
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ") SELECT " + String.join(", ", values)
                + " FROM " + table + " t CROSS JOIN " + series + " WHERE " + where + seriesFilter;
        return jdbc.update(sql);
    }

    private static String mapped(String column, String type, boolean caseTable, String municipality) {
        String value = "t." + column;
        if (type.equals("character varying") || type.equals("text") || type.equals("character")) {
            // the engine's ids end in a time-based UUID whose last 12 digits name the machine: a copy's ids put its
            // number there, so they keep their length (varchar(64)) and never meet an id the engine makes later
            String expression = "CASE WHEN " + value + " IN (SELECT id FROM bulk_ids) THEN left(" + value
                    + ", -12) || lpad(to_hex(g.n), 12, '0')"
                    + " WHEN " + value + " IN (SELECT case_number FROM bulk_keys) THEN " + caseNumber() + " ELSE "
                    + value + " END";
            if (PEOPLE_COLUMNS.contains(column)) {
                expression = "CASE WHEN " + municipality + " = 0 OR " + value + " IS NULL OR " + value + " = '*' THEN "
                        + value + " ELSE " + value + " || '-k' || " + municipality + " END";
            }
            return expression;
        }
        if (caseTable && CASE_ID_COLUMNS.contains(column)) {
            return value + " + g.n::bigint * " + STRIDE;
        }
        return value;
    }

    /** Copy n's case number: TV-<year>-<five digits>, counting the years back from 2025. */
    static String caseNumber() {
        return "'TV-' || (2025 - g.n / 99999) || '-' || lpad((g.n % 99999 + 1)::text, 5, '0')";
    }

    /** The ids of every template's rows, and their case numbers: what a copy renames. */
    private void prepare() {
        jdbc.execute("DROP TABLE IF EXISTS bulk_ids, bulk_keys, bulk_scope");
        jdbc.execute("CREATE UNLOGGED TABLE bulk_scope (id varchar(64) PRIMARY KEY)");
        jdbc.execute("CREATE UNLOGGED TABLE bulk_ids (id varchar(255) PRIMARY KEY)");
        jdbc.execute("CREATE UNLOGGED TABLE bulk_keys (case_number varchar(64) PRIMARY KEY)");
        for (Template template : templates) {
            jdbc.update("INSERT INTO bulk_keys VALUES (?)", template.caseNumber());
            jdbc.update("TRUNCATE bulk_scope");
            jdbc.update(
                    "INSERT INTO bulk_scope SELECT id_ FROM act_hi_procinst WHERE root_proc_inst_id_ = ?",
                    template.rootInstanceId());
            for (String table : ENGINE_TABLES) {
                if (columns.get(table).containsKey("id_")) {
                    jdbc.update("INSERT INTO bulk_ids SELECT DISTINCT t.id_ FROM " + table + " t WHERE "
                            + selector(table) + " ON CONFLICT DO NOTHING");
                }
            }
        }
        jdbc.execute("ANALYZE bulk_ids");
        jdbc.execute("ANALYZE bulk_keys");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
