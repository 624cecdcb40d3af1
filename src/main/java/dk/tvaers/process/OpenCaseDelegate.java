package dk.tvaers.process;

import static dk.tvaers.process.FamilyInterventionProcess.AWARENESS_DATE;
import static dk.tvaers.process.FamilyInterventionProcess.CASE_NUMBER;
import static dk.tvaers.process.FamilyInterventionProcess.CONCERN;
import static dk.tvaers.process.FamilyInterventionProcess.DISTRICT;
import static dk.tvaers.process.FamilyInterventionProcess.REFERRAL_SOURCE;
import static dk.tvaers.process.FamilyInterventionProcess.SSP_CATEGORY;

import dk.tvaers.family.CaseRecordService;
import dk.tvaers.family.CaseRecordService.CheckedIntake;
import dk.tvaers.family.CheckedCase;
import dk.tvaers.family.FamilyCase;
import dk.tvaers.family.FamilyCaseService;
import dk.tvaers.family.NewCase;
import dk.tvaers.family.NewReferral;
import dk.tvaers.family.ReferralSource;
import dk.tvaers.kernel.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Opens the case record for a referral started from Tasklist and makes its case number the business key. The
 * referral with its concern goes into the case tables, registered by the user who started it, and the concern leaves
 * the process variables at once ({@link SensitiveHistoryPlugin} keeps it out of history): it is personal data. A
 * process started by the case API already has its business key, case and referral: then nothing is opened twice. Bad
 * input fails the start with a message naming the field, so nothing is stored and the referral is not silently
 * dropped.
 */
@Component("openCaseDelegate")
class OpenCaseDelegate implements JavaDelegate {

    /** As the case API's {@link NewReferral}. */
    static final int MAX_CONCERN = 4000;

    private final FamilyCaseService cases;
    private final CaseRecordService record;
    private final IdentityService identity;

    OpenCaseDelegate(FamilyCaseService cases, CaseRecordService record, IdentityService identity) {
        this.cases = cases;
        this.record = record;
        this.identity = identity;
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
        // whatever happens next, the concern does not stay in the process (nor in history: SensitiveHistoryPlugin)
        String concern = concern(CONCERN.raw(execution));
        execution.removeVariable(CONCERN.name());
        String existing = execution.getProcessBusinessKey();
        if (existing != null && !existing.isBlank()) {
            // the intake opened the case and started the process with its number: nothing to read or write again
            if (CASE_NUMBER.from(execution) == null) {
                CASE_NUMBER.set(execution, existing);
            }
            return;
        }
        NewCase fields = new NewCase(
                DISTRICT.from(execution),
                referralSource(REFERRAL_SOURCE.raw(execution)),
                sspCategory(SSP_CATEGORY.raw(execution)),
                awarenessDate(AWARENESS_DATE.raw(execution)));
        CheckedCase checked = cases.check(fields);
        if (concern == null) {
            throw new InvalidInputException(CONCERN.name(), "Bekymringen mangler");
        }
        if (fields.sspCategory() == null) {
            throw new InvalidInputException(SSP_CATEGORY.name(), "SSP-kategori mangler");
        }
        String registeredBy = startingUser();
        FamilyCase opened = cases.open(checked);
        NewReferral referral =
                new NewReferral(fields.referralSource(), concern, fields.sspCategory(), fields.awarenessDate());
        record.register(opened, new CheckedIntake(referral, List.of(), List.of()), registeredBy);
        execution.setProcessBusinessKey(opened.getCaseNumber());
        CASE_NUMBER.set(execution, opened.getCaseNumber());
    }

    /** The concern as the case API takes it: required, at most {@value #MAX_CONCERN} characters. */
    private static String concern(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String text = value.toString().strip();
        if (text.length() > MAX_CONCERN) {
            throw new InvalidInputException(CONCERN.name(), "Bekymringen må højst være " + MAX_CONCERN + " tegn");
        }
        return text;
    }

    /** The user who refers the family from Tasklist is the one who registered the referral. */
    private String startingUser() {
        Authentication current = identity.getCurrentAuthentication();
        if (current == null || current.getUserId() == null) {
            throw new InvalidInputException("user", "En henvisning skal startes af en bruger, der er logget ind");
        }
        return current.getUserId();
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
        return FormDay.of(value, AWARENESS_DATE.name());
    }
}
