package dk.tvaers.family;

import dk.tvaers.kernel.InvalidInputException;
import dk.tvaers.kernel.NotFoundException;
import dk.tvaers.kernel.NumberSequence;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens and reads family cases. */
@Service
public class FamilyCaseService {

    static final String SEQUENCE = "family_case_seq";

    private final FamilyCaseRepository cases;
    private final NumberSequence sequence;
    private final CaseProperties properties;
    private final Clock clock;

    public FamilyCaseService(
            FamilyCaseRepository cases, NumberSequence sequence, CaseProperties properties, Clock clock) {
        this.cases = cases;
        this.sequence = sequence;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Checks what a referral says about a new case (district, source, SSP category, awareness date) before anything is
     * stored; names the field at fault as the case spells it (district, referralSource, sspCategory, awarenessDate).
     */
    public CheckedCase check(NewCase referral) {
        validate(referral);
        return new CheckedCase(referral);
    }

    /** Opens a case for a checked referral and gives it its case number, e.g. TV-2026-00001. */
    @Transactional
    public FamilyCase open(CheckedCase checked) {
        NewCase referral = checked.fields();
        long id = sequence.next(SEQUENCE);
        String caseNumber = "%s-%d-%05d"
                .formatted(properties.caseNumberPrefix(), LocalDate.now(clock).getYear(), id);
        return cases.save(new FamilyCase(
                id,
                caseNumber,
                referral.district(),
                referral.referralSource(),
                referral.sspCategory(),
                referral.awarenessDate(),
                OffsetDateTime.now(clock)));
    }

    @Transactional(readOnly = true)
    public FamilyCase get(String caseNumber) {
        return cases.findByCaseNumber(caseNumber).orElseThrow(() -> new NotFoundException(caseNumber));
    }

    /** The case, if a case has that number. */
    @Transactional(readOnly = true)
    public Optional<FamilyCase> find(String caseNumber) {
        return caseNumber == null ? Optional.empty() : cases.findByCaseNumber(caseNumber);
    }

    /** The number of the case with the given id, if there is one. */
    @Transactional(readOnly = true)
    public Optional<String> caseNumberOf(Long caseId) {
        return caseId == null ? Optional.empty() : cases.findById(caseId).map(FamilyCase::getCaseNumber);
    }

    private void validate(NewCase referral) {
        if (referral.district() == null || referral.district().isBlank()) {
            throw new InvalidInputException("district", "Bydel mangler");
        }
        if (!properties.districts().contains(referral.district())) {
            throw new InvalidInputException(
                    "district", "Ukendt bydel; kendte bydele: " + String.join(", ", properties.districts()));
        }
        if (referral.referralSource() == null) {
            throw new InvalidInputException("referralSource", "Henvisningskilde mangler");
        }
        if (referral.sspCategory() != null && (referral.sspCategory() < 1 || referral.sspCategory() > 4)) {
            throw new InvalidInputException("sspCategory", "SSP-kategori skal være 1, 2, 3 eller 4");
        }
        if (referral.awarenessDate() == null) {
            throw new InvalidInputException("awarenessDate", "Datoen, hvor kommunen blev opmærksom, mangler");
        }
        if (referral.awarenessDate().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException(
                    "awarenessDate", "Datoen, hvor kommunen blev opmærksom, ligger i fremtiden");
        }
    }
}
