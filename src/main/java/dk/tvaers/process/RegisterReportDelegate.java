package dk.tvaers.process;

import static dk.tvaers.process.ReportOfConcernProcess.*;

import dk.tvaers.concern.ConcernService;
import dk.tvaers.concern.NewConcern;
import dk.tvaers.kernel.EngineDates;
import dk.tvaers.kernel.InvalidInputException;
import dk.tvaers.kernel.Roles;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Registers a report of concern received through Tasklist's start form ("Modtag underretning"): the child, the
 * reporter and the content go into the concern table, registered by the user who started it, and leave the process
 * variables at once ({@link SensitiveHistoryPlugin} keeps them out of history). The report number becomes the business
 * key. A report the API registered already has its business key: nothing is stored twice. Bad input fails the start
 * with a message naming the field, so nothing is stored.
 */
@Component("registerReportDelegate")
class RegisterReportDelegate implements JavaDelegate {

    private final ConcernService concerns;
    private final IdentityService identity;

    RegisterReportDelegate(ConcernService concerns, IdentityService identity) {
        this.concerns = concerns;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            register(execution);
        } catch (InvalidInputException e) {
            throw new BadUserRequestException(e.getMessage() + " (" + e.field() + ")", e);
        }
    }

    private void register(DelegateExecution execution) {
        NewConcern report = new NewConcern(
                reporterKind(REPORTER_KIND.raw(execution)),
                text(REPORTER_NAME.raw(execution)),
                text(REPORTER_ORGANISATION.raw(execution)),
                text(REPORTER_ROLE.raw(execution)),
                text(REPORTER_CONTACT.raw(execution)),
                text(CHILD_NAME.raw(execution)),
                text(CHILD_CPR.raw(execution)),
                text(CONTENT.raw(execution)),
                receivedAt(RECEIVED_AT.raw(execution)));
        // whatever happens next, the personal fields do not stay in the process
        PERSONAL_FIELDS.forEach(execution::removeVariable);
        String existing = execution.getProcessBusinessKey();
        if (existing != null && !existing.isBlank()) {
            // the API registered the report and started the process with its number
            return;
        }
        ConcernService.Registered registered = concerns.register(report, startingUser());
        execution.setProcessBusinessKey(registered.reportNumber());
        REPORT_NUMBER.set(execution, registered.reportNumber());
        REPORTER_KIND.set(execution, registered.reporterKind().name());
        RECEIVED_AT.set(execution, registered.receivedAt().toInstant().toString());
        IN_OPEN_CASE.set(execution, registered.openCaseNumber() != null);
        CASE_NUMBER.set(execution, registered.openCaseNumber());
    }

    private String startingUser() {
        Authentication current = identity.getCurrentAuthentication();
        if (current == null || current.getUserId() == null) {
            throw new InvalidInputException("user", "En underretning skal modtages af en bruger, der er logget ind");
        }
        // the engine's grants let SOF, team chiefs and team leads start it; an administrator holds every grant, but
        // receiving reports is casework: the same roles as the API (kernel/Roles)
        if (!Roles.receivesConcerns(current.getGroupIds() == null ? List.of() : current.getGroupIds())) {
            throw new InvalidInputException(
                    "user", "Kun Socialforvaltningen, teamchef og teamleder kan modtage underretninger");
        }
        return current.getUserId();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static dk.tvaers.concern.ReporterKind reporterKind(Object value) {
        try {
            return value == null ? null : dk.tvaers.concern.ReporterKind.valueOf(value.toString());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(REPORTER_KIND.name(), "Underretteren er fagperson eller privatperson");
        }
    }

    /** The start form's date and time (local, Danish time), a date, or an instant; absent is now. */
    static OffsetDateTime receivedAt(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        ZoneId zone = EngineDates.zone();
        if (value instanceof Date date) {
            return date.toInstant().atZone(zone).toOffsetDateTime();
        }
        String text = value.toString().strip();
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            // not with an offset
        }
        try {
            return Instant.parse(text).atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            // not an instant
        }
        try {
            return LocalDateTime.parse(text).atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            // not a local date and time
        }
        try {
            return LocalDate.parse(text).atStartOfDay(zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    RECEIVED_AT.name(), "Modtaget skal skrives som dato og klokkeslæt, fx 2026-03-02T09:30");
        }
    }
}
