package dk.tvaers.referral;

import dk.tvaers.family.CaseRecordService;
import dk.tvaers.family.CaseRecordService.CheckedIntake;
import dk.tvaers.family.CheckedCase;
import dk.tvaers.family.FamilyCase;
import dk.tvaers.family.FamilyCaseService;
import dk.tvaers.family.NewCase;
import dk.tvaers.family.NewReferral;
import dk.tvaers.kernel.InvalidInputException;
import dk.tvaers.process.FamilyInterventionProcess;
import java.util.Map;
import java.util.function.Supplier;
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
    private final FamilyInterventionProcess familyIntervention;
    private final Referrers referrers;
    private final DuplicateReferrals duplicates;

    public IntakeService(
            FamilyCaseService cases,
            CaseRecordService record,
            FamilyInterventionProcess familyIntervention,
            Referrers referrers,
            DuplicateReferrals duplicates) {
        this.referrers = referrers;
        this.duplicates = duplicates;
        this.cases = cases;
        this.record = record;
        this.familyIntervention = familyIntervention;
    }

    /** Returns the new case's number. */
    @Transactional
    public String refer(IntakeRequest request, String registeredBy) {
        NewReferral referral = request.referral();
        referrers.check();
        if (referral == null) {
            throw new InvalidInputException("referral", "Henvisningen mangler");
        }
        // each field is checked once: the case's own by the case, the family's by the record
        CheckedCase checkedCase = asRequested(() -> cases.check(
                new NewCase(request.district(), referral.source(), referral.sspCategory(), referral.awarenessDate())));
        CheckedIntake checked = record.checkIntake(referral, request.members());
        duplicates.refuseInReferral(checked.numbers(), request.confirmDuplicate());
        FamilyCase opened = cases.open(checkedCase);
        record.register(opened, checked, registeredBy);
        familyIntervention.start(
                opened.getCaseNumber(),
                request.district(),
                referral.source(),
                referral.sspCategory(),
                referral.awarenessDate());
        return opened.getCaseNumber();
    }

    /** The case names its fields as it stores them; the request nests the referral's under "referral.". */
    private static final Map<String, String> REQUEST_FIELDS = Map.of(
            "referralSource", "referral.source",
            "sspCategory", "referral.sspCategory",
            "awarenessDate", "referral.awarenessDate");

    private static CheckedCase asRequested(Supplier<CheckedCase> check) {
        try {
            return check.get();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(REQUEST_FIELDS.getOrDefault(e.field(), e.field()), e.getMessage());
        }
    }
}
