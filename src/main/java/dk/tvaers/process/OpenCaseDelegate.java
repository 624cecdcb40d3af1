package dk.tvaers.process;

import static dk.tvaers.process.FamilyInterventionProcess.AWARENESS_DATE;
import static dk.tvaers.process.FamilyInterventionProcess.CASE_NUMBER;
import static dk.tvaers.process.FamilyInterventionProcess.DISTRICT;
import static dk.tvaers.process.FamilyInterventionProcess.REFERRAL_SOURCE;
import static dk.tvaers.process.FamilyInterventionProcess.SSP_CATEGORY;

import dk.tvaers.family.FamilyCase;
import dk.tvaers.family.FamilyCaseService;
import dk.tvaers.family.NewCase;
import dk.tvaers.family.ReferralSource;
import dk.tvaers.kernel.EngineDates;
import dk.tvaers.kernel.InvalidInputException;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens the case record for a referral started from Tasklist and makes its case number the business key. A process
 * started by the case API already has its business key and case: then nothing is opened twice. Bad input fails the
 * start with a message naming the field, so nothing is stored and the referral is not silently dropped.
 */
@Component("openCaseDelegate")
class OpenCaseDelegate implements JavaDelegate {

    private final FamilyCaseService cases;

    OpenCaseDelegate(FamilyCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            open(execution);
        } catch (InvalidInputException e) {
            // the engine answers this as a bad request (HTTP 400 in the REST API, a message in Tasklist)
            throw new BadUserRequestException(e.getMessage() + " (" + e.field() + ")", e);
        }
    }

    private void open(DelegateExecution execution) {
        String existing = execution.getProcessBusinessKey();
        if (existing != null && !existing.isBlank()) {
            // the intake opened the case and started the process with its number: nothing to read or write again
            if (CASE_NUMBER.from(execution) == null) {
                CASE_NUMBER.set(execution, existing);
            }
            return;
        }
        FamilyCase opened = cases.open(cases.check(new NewCase(
                DISTRICT.from(execution),
                referralSource(REFERRAL_SOURCE.raw(execution)),
                sspCategory(SSP_CATEGORY.raw(execution)),
                awarenessDate(AWARENESS_DATE.raw(execution)))));
        execution.setProcessBusinessKey(opened.getCaseNumber());
        CASE_NUMBER.set(execution, opened.getCaseNumber());
    }

    private static ReferralSource referralSource(Object value) {
        try {
            return value == null ? null : ReferralSource.valueOf(value.toString());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(REFERRAL_SOURCE.name(), "Ukendt henvisningskilde");
        }
    }

    private static Integer sspCategory(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.toString());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(SSP_CATEGORY.name(), "SSP-kategori skal være 1, 2, 3 eller 4");
        }
    }

    private static LocalDate awarenessDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Date date) {
            return EngineDates.day(date);
        }
        String text = value.toString();
        try {
            return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(AWARENESS_DATE.name(), "Datoen skal skrives som ÅÅÅÅ-MM-DD");
        }
    }
}
