package dk.tvaers.process;

import static dk.tvaers.process.ReportOfConcernProcess.DISTRICT;
import static dk.tvaers.process.ReportOfConcernProcess.REFERRAL_SOURCE;
import static dk.tvaers.process.ReportOfConcernProcess.REPORT_NUMBER;
import static dk.tvaers.process.ReportOfConcernProcess.SSP_CATEGORY;

import dk.tvaers.concern.ConcernOutcome;
import dk.tvaers.concern.ConcernService;
import dk.tvaers.family.CaseRecordService;
import dk.tvaers.family.CaseRecordService.CheckedIntake;
import dk.tvaers.family.CheckedCase;
import dk.tvaers.family.FamilyCase;
import dk.tvaers.family.FamilyCaseService;
import dk.tvaers.family.MemberRole;
import dk.tvaers.family.NewCase;
import dk.tvaers.family.NewMember;
import dk.tvaers.family.NewReferral;
import dk.tvaers.family.ReferralSource;
import dk.tvaers.kernel.InvalidInputException;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Refers the child of a report to the method without retyping: opens a family case whose referral's concern is the
 * report's content and whose awareness date is the day the report was received, registers the child as its first
 * member, and starts the family's case process. The assessment form adds only what the report does not hold: the
 * district, who referred and the SSP category. Bad input fails the assessment's completion, naming the field: the
 * task stays open and no case is opened.
 */
@Component("referReportDelegate")
class ReferReportDelegate implements JavaDelegate {

    private final ConcernService concerns;
    private final FamilyCaseService cases;
    private final CaseRecordService record;
    private final FamilyInterventionProcess familyIntervention;
    private final IdentityService identity;

    ReferReportDelegate(
            ConcernService concerns,
            FamilyCaseService cases,
            CaseRecordService record,
            FamilyInterventionProcess familyIntervention,
            IdentityService identity) {
        this.concerns = concerns;
        this.cases = cases;
        this.record = record;
        this.familyIntervention = familyIntervention;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            refer(execution);
        } catch (InvalidInputException e) {
            throw new BadUserRequestException(e.getMessage() + " (" + e.field() + ")", e);
        }
    }

    private void refer(DelegateExecution execution) {
        String reportNumber = REPORT_NUMBER.from(execution);
        ConcernService.ForReferral report = concerns.forReferral(reportNumber);
        ReferralSource source = source(REFERRAL_SOURCE.raw(execution));
        Integer ssp = sspCategory(SSP_CATEGORY.raw(execution));
        String district = DISTRICT.from(execution);
        CheckedCase checked = cases.check(new NewCase(district, source, ssp, report.receivedOn()));
        NewReferral referral = new NewReferral(source, report.content(), ssp, report.receivedOn());
        CheckedIntake intake = record.checkIntake(
                referral,
                List.of(new NewMember(report.childName(), report.childCpr().value(), null, MemberRole.CHILD, null)));
        String user = user();
        FamilyCase opened = cases.open(checked);
        record.register(opened, intake, user);
        familyIntervention.start(opened.getCaseNumber(), district, source, ssp, report.receivedOn());
        concerns.assessed(reportNumber, ConcernOutcome.REFER, user, opened.getCaseNumber());
    }

    private String user() {
        Authentication current = identity.getCurrentAuthentication();
        return current == null || current.getUserId() == null ? "system" : current.getUserId();
    }

    private static ReferralSource source(Object value) {
        if (value == null || value.toString().isBlank()) {
            throw new InvalidInputException(REFERRAL_SOURCE.name(), "Vælg, hvem der henviser familien");
        }
        try {
            return ReferralSource.valueOf(value.toString());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(REFERRAL_SOURCE.name(), "Ukendt henvisningskilde");
        }
    }

    private static Integer sspCategory(Object value) {
        if (value == null || value.toString().isBlank()) {
            throw new InvalidInputException(SSP_CATEGORY.name(), "SSP-kategori mangler");
        }
        try {
            return Integer.valueOf(value.toString());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(SSP_CATEGORY.name(), "SSP-kategori skal være 1, 2, 3 eller 4");
        }
    }
}
