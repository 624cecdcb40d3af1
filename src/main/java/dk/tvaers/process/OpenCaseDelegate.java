package dk.tvaers.process;

import dk.tvaers.family.FamilyCase;
import dk.tvaers.family.FamilyCaseService;
import dk.tvaers.family.NewCase;
import dk.tvaers.family.ReferralSource;
import dk.tvaers.kernel.EngineDates;
import dk.tvaers.kernel.InvalidInputException;
import dk.tvaers.process.FamilyInterventionProcess.Variables;
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
public class OpenCaseDelegate implements JavaDelegate {

    private final FamilyCaseService cases;

    public OpenCaseDelegate(FamilyCaseService cases) {
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
            execution.setVariable(Variables.CASE_NUMBER, cases.get(existing).getCaseNumber());
            return;
        }
        FamilyCase opened = cases.open(new NewCase(
                (String) execution.getVariable(Variables.DISTRICT),
                referralSource(execution.getVariable(Variables.REFERRAL_SOURCE)),
                sspCategory(execution.getVariable(Variables.SSP_CATEGORY)),
                awarenessDate(execution.getVariable(Variables.AWARENESS_DATE))));
        execution.setProcessBusinessKey(opened.getCaseNumber());
        execution.setVariable(Variables.CASE_NUMBER, opened.getCaseNumber());
    }

    private static ReferralSource referralSource(Object value) {
        try {
            return value == null ? null : ReferralSource.valueOf(value.toString());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Variables.REFERRAL_SOURCE, "Ukendt henvisningskilde");
        }
    }

    private static Integer sspCategory(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.toString());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(Variables.SSP_CATEGORY, "SSP-kategori skal være 1, 2, 3 eller 4");
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
            throw new InvalidInputException(Variables.AWARENESS_DATE, "Datoen skal skrives som ÅÅÅÅ-MM-DD");
        }
    }
}
