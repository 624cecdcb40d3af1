package dk.tvaers.family;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The joint plan's versions: each save of the plan ({@link CaseRecordService#replacePlan}) is kept as a version, so the
 * plan revised at a new family meeting (CM-stormøde) does not overwrite the one agreed before, and the case shows what
 * changed from one version to the next: goals added, goals dropped from the plan, goals whose status changed.
 */
@Service
public class PlanVersionService {

    private static final TypeReference<List<SavedGoal>> GOALS = new TypeReference<>() {};
    private static final Map<String, String> STATUS = Map.of(
            "PLANNED", "planlagt",
            "IN_PROGRESS", "i gang",
            "ACHIEVED", "nået",
            "DROPPED", "opgivet");

    private final FamilyCaseRepository cases;
    private final PlanVersionRepository versions;
    private final CurrentUser user;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    PlanVersionService(FamilyCaseRepository cases, PlanVersionRepository versions, CurrentUser user, Clock clock) {
        this.cases = cases;
        this.versions = versions;
        this.user = user;
        this.clock = clock;
    }

    /** A version of the plan as the case shows it, with what changed from the version before. */
    public record Version(
            int version,
            LocalDate agreedOn,
            String savedBy,
            Instant savedAt,
            @Schema(
                            description =
                                    "Antal mål i versionen; null, hvis målene ikke er gemt (før versioner blev gemt,"
                                            + " eller sagen er anonymiseret)")
                    Integer goals,
            @Schema(description = "Hvad der er ændret i forhold til versionen før, på dansk") List<String> changes) {

        /** When it was saved, as a Danish reader reads it (d.M.yyyy HH:mm, the server's zone). */
        public String savedAtText() {
            return java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy HH:mm")
                    .format(savedAt.atZone(dk.tvaers.kernel.EngineDates.zone()));
        }
    }

    /** A goal as a version keeps it: member, administration, text and status. */
    record SavedGoal(Long memberId, String administration, String description, String status) {}

    /** Keeps the plan just saved as the case's next version. */
    @Transactional
    void record(Long caseId, LocalDate agreedOn, List<NewPlan.Goal> goals) {
        List<SavedGoal> saved = goals.stream()
                .map(g -> new SavedGoal(
                        g.memberId(),
                        g.administration(),
                        g.description(),
                        g.status().name()))
                .toList();
        String text;
        try {
            text = json.writeValueAsString(saved);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        versions.save(new PlanVersion(
                caseId, versions.latestVersion(caseId) + 1, agreedOn, user.id(), Instant.now(clock), text));
    }

    /** Every version of the case's plan, oldest first, each with what changed from the one before. */
    @Transactional(readOnly = true)
    public List<Version> versions(String caseNumber) {
        FamilyCase c = cases.findByCaseNumber(caseNumber)
                .orElseThrow(() -> new dk.tvaers.kernel.NotFoundException("Sagen " + caseNumber + " findes ikke"));
        List<Version> result = new ArrayList<>();
        List<SavedGoal> before = null;
        for (PlanVersion v : versions.findByCaseIdOrderByVersionAsc(c.getId())) {
            List<SavedGoal> goals = read(v.goals());
            List<String> changes = v.version() == 1 ? List.of("Første version") : changes(before, goals);
            result.add(new Version(
                    v.version(), v.agreedOn(), v.savedBy(), v.savedAt(), goals == null ? null : goals.size(), changes));
            before = goals;
        }
        return result;
    }

    /** Whether the case's plan was saved after the moment (a revision at a family meeting). */
    @Transactional(readOnly = true)
    public boolean savedSince(String caseNumber, Instant since) {
        return cases.findByCaseNumber(caseNumber)
                .map(c -> versions.existsByCaseIdAndSavedAtAfter(c.getId(), since))
                .orElse(false);
    }

    /** Clears the goals' text of every version (anonymisation): the versions' dates and numbers stay. */
    static String anonymiseSql() {
        return "UPDATE plan_version SET goals = NULL WHERE case_id = :caseId AND goals IS NOT NULL";
    }

    static List<String> changes(List<SavedGoal> before, List<SavedGoal> after) {
        if (before == null || after == null) {
            return List.of("Ændringerne kan ikke vises: målene i en af versionerne er ikke gemt");
        }
        List<String> changes = new ArrayList<>();
        Map<String, SavedGoal> old = byKey(before);
        Map<String, SavedGoal> now = byKey(after);
        now.forEach((key, goal) -> {
            SavedGoal was = old.get(key);
            if (was == null) {
                changes.add("Nyt mål: " + describe(goal));
            } else if (!Objects.equals(was.status(), goal.status())) {
                changes.add("Status ændret fra " + STATUS.getOrDefault(was.status(), was.status()) + " til "
                        + STATUS.getOrDefault(goal.status(), goal.status()) + ": " + describe(goal));
            }
        });
        old.forEach((key, goal) -> {
            if (!now.containsKey(key)) {
                changes.add("Mål fjernet: " + describe(goal));
            }
        });
        if (changes.isEmpty()) {
            changes.add("Ingen ændringer i målene");
        }
        return changes;
    }

    private static Map<String, SavedGoal> byKey(List<SavedGoal> goals) {
        Map<String, SavedGoal> byKey = new LinkedHashMap<>();
        for (SavedGoal g : goals) {
            byKey.putIfAbsent(g.memberId() + "|" + g.administration() + "|" + g.description(), g);
        }
        return byKey;
    }

    private static String describe(SavedGoal goal) {
        return goal.administration().toUpperCase(java.util.Locale.ROOT) + ", medlem " + goal.memberId() + ": "
                + goal.description();
    }

    private List<SavedGoal> read(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, GOALS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
