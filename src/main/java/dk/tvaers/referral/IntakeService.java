package dk.tvaers.referral;

import dk.tvaers.family.CaseRecordService;
import dk.tvaers.family.FamilyCase;
import dk.tvaers.family.FamilyCaseService;
import dk.tvaers.family.NewCase;
import dk.tvaers.family.NewReferral;
import dk.tvaers.process.FamilyInterventionProcess;
import dk.tvaers.process.FamilyInterventionProcess.Variables;
import dk.tvaers.security.EngineGuard;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in a referral: checks it, opens the case, stores the referral and the family, and starts the case process
 * with the case number as business key. One transaction (the engine shares Spring's): a failure stores nothing.
 */
@Service
public class IntakeService {

    private final FamilyCaseService cases;
    private final CaseRecordService record;
    private final RuntimeService runtime;
    private final Referrers referrers;

    public IntakeService(
            FamilyCaseService cases, CaseRecordService record, RuntimeService runtime, Referrers referrers) {
        this.referrers = referrers;
        this.cases = cases;
        this.record = record;
        this.runtime = runtime;
    }

    /** Returns the new case's number. */
    @Transactional
    public String refer(IntakeRequest request, String registeredBy) {
        NewReferral referral = request.referral();
        referrers.check();
        record.checkIntake(referral, request.members());
        FamilyCase opened = cases.open(
                new NewCase(request.district(), referral.source(), referral.sspCategory(), referral.awarenessDate()));
        String caseNumber = opened.getCaseNumber();
        record.register(caseNumber, referral, request.members(), registeredBy);
        // variables: ids, choices and dates only; the family and its CPR numbers stay in the case tables
        // the referral is checked above: Tværs starts the process with the case number it gave (EngineGuard)
        EngineGuard.trusted(() -> runtime.startProcessInstanceByKey(
                FamilyInterventionProcess.KEY,
                caseNumber,
                Map.of(
                        Variables.DISTRICT, request.district(),
                        Variables.REFERRAL_SOURCE, referral.source().name(),
                        Variables.SSP_CATEGORY, String.valueOf(referral.sspCategory()),
                        Variables.AWARENESS_DATE, referral.awarenessDate().toString())));
        return caseNumber;
    }
}
