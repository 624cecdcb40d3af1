package dk.tvaers.process;

import dk.tvaers.family.CaseRecordService;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the models read from the case record in expressions, as {@code ${caseRecord.childInvestigationSubjects(caseNumber)}}:
 * evaluated when needed, so the list never becomes a process variable.
 */
@Component(CaseRecordExpressions.BEAN)
public class CaseRecordExpressions {

    public static final String BEAN = "caseRecord";

    private final CaseRecordService record;

    public CaseRecordExpressions(CaseRecordService record) {
        this.record = record;
    }

    /** The member ids of the family's children: one child investigation each. */
    public List<Long> childInvestigationSubjects(String caseNumber) {
        return record.childInvestigationSubjects(caseNumber);
    }
}
