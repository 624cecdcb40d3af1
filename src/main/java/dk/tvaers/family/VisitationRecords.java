package dk.tvaers.family;

import dk.tvaers.kernel.CaseStatus;
import dk.tvaers.kernel.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screening at intake and visitation by need (issue 15): whether a case has its intake screening, the inputs of the
 * visitation recommendation as the screening and the referral give them, the recommendation and the team chief's
 * decision (table {@code visitation_assessment}), and the queue of visited families waiting for a place, highest burden
 * grade first, ties by waiting time.
 */
@Service
public class VisitationRecords {

    /** The recommendation bpmn/visitation.dmn gives. */
    public enum Recommendation {
        TARGET_GROUP,
        CONSIDER,
        NOT_TARGET_GROUP
    }

    /**
     * The inputs of bpmn/visitation.dmn for a case, read from the latest screening of each member (lowest score of any
     * member per domain: the largest need) and from the referral. A score is null when no member is screened in it.
     *
     * @param sspCategory from the referral, 1-4, or null when not given
     * @param problemCount the number of domains in which some member has a large need (score 1 or 2): "antal problemer"
     * @param measuresScore scope of measures or the risk of them (domain MEASURES)
     * @param labourEducationScore attachment to labour market and education (lowest of EMPLOYMENT and SCHOOL_EDUCATION)
     * @param societyScore ability to act in society (SOCIETAL_PARTICIPATION)
     * @param criminalNetworkScore attachment to criminal networks (CRIME_RISK)
     * @param networkCrimeScore the network's and the family's crime (NETWORK_CRIME)
     */
    public record Basis(
            Integer sspCategory,
            int problemCount,
            Integer measuresScore,
            Integer labourEducationScore,
            Integer societyScore,
            Integer criminalNetworkScore,
            Integer networkCrimeScore) {}

    /** A case's latest recommendation and, once taken, the team chief's decision. */
    public record Assessment(
            Basis basis,
            int burdenGrade,
            Recommendation recommendation,
            List<String> reasons,
            OffsetDateTime assessedAt,
            String decision,
            String decidedBy,
            Boolean deviates) {}

    /** A visited family waiting for a place in its district. */
    public record WaitingFamily(String caseNumber, int burdenGrade, OffsetDateTime waitingSince) {}

    /** The queue's order: the highest burden grade first; on a tie, the family that has waited longest. */
    public static final Comparator<WaitingFamily> BY_NEED = Comparator.comparingInt(WaitingFamily::burdenGrade)
            .reversed()
            .thenComparing(WaitingFamily::waitingSince)
            .thenComparing(WaitingFamily::caseNumber);

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    public VisitationRecords(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether a member of the case has been screened: visitation cannot be decided before. */
    @Transactional(readOnly = true)
    public boolean hasIntakeScreening(String caseNumber) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM screening_score WHERE case_id = :caseId",
                new MapSqlParameterSource("caseId", caseId(caseNumber)),
                Integer.class);
        return n != null && n > 0;
    }

    /** The recommendation's inputs as the case's screenings and referral give them now. */
    @Transactional(readOnly = true)
    public Basis basis(String caseNumber) {
        MapSqlParameterSource byCase = new MapSqlParameterSource("caseId", caseId(caseNumber));
        Integer ssp =
                jdbc.queryForObject("SELECT ssp_category FROM family_case WHERE id = :caseId", byCase, Integer.class);
        // each member's latest screening day, then the lowest score per domain over the members
        Map<Long, LocalDate> latest = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        jdbc.query(
                "SELECT member_id, domain, score, screened_on FROM screening_score WHERE case_id = :caseId",
                byCase,
                rs -> {
                    long member = rs.getLong(1);
                    LocalDate day = rs.getDate(4).toLocalDate();
                    rows.add(new Object[] {member, ScreeningDomain.valueOf(rs.getString(2)), rs.getInt(3), day});
                    latest.merge(member, day, (a, b) -> a.isAfter(b) ? a : b);
                });
        Map<ScreeningDomain, Integer> lowest = new EnumMap<>(ScreeningDomain.class);
        for (Object[] row : rows) {
            if (row[3].equals(latest.get((Long) row[0]))) {
                lowest.merge((ScreeningDomain) row[1], (Integer) row[2], Math::min);
            }
        }
        int problems = (int) lowest.values().stream()
                .filter(score -> score <= ScreeningDomain.PROBLEM_AT_MOST)
                .count();
        return new Basis(
                ssp,
                problems,
                lowest.get(ScreeningDomain.MEASURES),
                min(lowest.get(ScreeningDomain.EMPLOYMENT), lowest.get(ScreeningDomain.SCHOOL_EDUCATION)),
                lowest.get(ScreeningDomain.SOCIETAL_PARTICIPATION),
                lowest.get(ScreeningDomain.CRIME_RISK),
                lowest.get(ScreeningDomain.NETWORK_CRIME));
    }

    /** The lower of two scores, either of which may be unscreened (null); null when both are. */
    static Integer min(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return Integer.valueOf(Math.min(a, b));
    }

    /** Records the recommendation computed for the case; the latest one is the case's current recommendation. */
    @Transactional
    public void recordRecommendation(
            String caseNumber, Basis basis, int burdenGrade, Recommendation recommendation, List<String> reasons) {
        jdbc.update(
                """
                INSERT INTO visitation_assessment
                    (case_id, assessed_at, ssp_category, problem_count, measures_score, labour_education_score,
                     society_score, criminal_network_score, network_crime_score, burden_grade, recommendation, reasons)
                VALUES (:caseId, :at, :ssp, :problems, :measures, :labour,
                        :society, :network, :networkCrime, :grade, :recommendation, :reasons)
                """,
                new MapSqlParameterSource()
                        .addValue("caseId", caseId(caseNumber))
                        .addValue("at", OffsetDateTime.now(clock))
                        .addValue("ssp", basis.sspCategory())
                        .addValue("problems", basis.problemCount())
                        .addValue("measures", basis.measuresScore())
                        .addValue("labour", basis.labourEducationScore())
                        .addValue("society", basis.societyScore())
                        .addValue("network", basis.criminalNetworkScore())
                        .addValue("networkCrime", basis.networkCrimeScore())
                        .addValue("grade", burdenGrade)
                        .addValue("recommendation", recommendation.name())
                        .addValue("reasons", String.join("\n", reasons)));
    }

    /**
     * Records the team chief's decision on the case's latest recommendation: who, when, and whether it deviates (visited
     * although not the target group, or not visited although the target group).
     */
    @Transactional
    public void recordDecision(String caseNumber, String decision, String decidedBy) {
        Assessment latest = latest(caseNumber).orElse(null);
        if (latest == null) {
            return;
        }
        boolean visited = "VISITED".equals(decision);
        boolean deviates = visited
                ? latest.recommendation() == Recommendation.NOT_TARGET_GROUP
                : latest.recommendation() == Recommendation.TARGET_GROUP;
        jdbc.update(
                """
                UPDATE visitation_assessment SET decision = :decision, decided_by = :by, decided_at = :at,
                    deviates = :deviates
                WHERE id = (SELECT MAX(id) FROM visitation_assessment WHERE case_id = :caseId)
                """,
                new MapSqlParameterSource()
                        .addValue("caseId", caseId(caseNumber))
                        .addValue("decision", decision)
                        .addValue("by", decidedBy)
                        .addValue("at", OffsetDateTime.now(clock))
                        .addValue("deviates", deviates));
    }

    /** The case's latest recommendation, with the decision once taken. */
    @Transactional(readOnly = true)
    public Optional<Assessment> latest(String caseNumber) {
        List<Assessment> found = jdbc.query(
                """
                SELECT ssp_category, problem_count, measures_score, labour_education_score, society_score,
                       criminal_network_score, network_crime_score, burden_grade, recommendation, reasons, assessed_at,
                       decision, decided_by, deviates
                FROM visitation_assessment
                WHERE id = (SELECT MAX(id) FROM visitation_assessment WHERE case_id = :caseId)
                """,
                new MapSqlParameterSource("caseId", caseId(caseNumber)),
                (rs, i) -> new Assessment(
                        new Basis(
                                (Integer) rs.getObject(1, Integer.class),
                                rs.getInt(2),
                                rs.getObject(3, Integer.class),
                                rs.getObject(4, Integer.class),
                                rs.getObject(5, Integer.class),
                                rs.getObject(6, Integer.class),
                                rs.getObject(7, Integer.class)),
                        rs.getInt(8),
                        Recommendation.valueOf(rs.getString(9)),
                        List.of(rs.getString(10).split("\n")),
                        rs.getObject(11, OffsetDateTime.class),
                        rs.getString(12),
                        rs.getString(13),
                        rs.getObject(14, Boolean.class)));
        return found.stream().findFirst();
    }

    /** The visited families waiting for a place in the district, in the queue's order ({@link #BY_NEED}). */
    @Transactional(readOnly = true)
    public List<WaitingFamily> waiting(String district) {
        List<WaitingFamily> queue = new ArrayList<>(jdbc.query(
                """
                SELECT c.case_number, c.phase_started_at, va.burden_grade
                FROM family_case c
                LEFT JOIN visitation_assessment va
                    ON va.id = (SELECT MAX(id) FROM visitation_assessment WHERE case_id = c.id)
                WHERE c.district = :district AND c.status = :open AND c.phase = :queued
                """,
                new MapSqlParameterSource()
                        .addValue("district", district)
                        .addValue("open", CaseStatus.OPEN.name())
                        .addValue("queued", CasePhase.QUEUED.name()),
                (rs, i) -> new WaitingFamily(
                        rs.getString(1), rs.getInt(3), waitingSince(rs.getObject(2, OffsetDateTime.class)))));
        queue.sort(BY_NEED);
        return queue;
    }

    private static OffsetDateTime waitingSince(OffsetDateTime at) {
        return at == null ? OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC) : at;
    }

    private Long caseId(String caseNumber) {
        List<Long> ids = jdbc.queryForList(
                "SELECT id FROM family_case WHERE case_number = :caseNumber",
                new MapSqlParameterSource("caseNumber", caseNumber),
                Long.class);
        if (ids.isEmpty()) {
            throw new NotFoundException(caseNumber);
        }
        return ids.get(0);
    }
}
