package dk.tvaers.process;

import dk.tvaers.family.CaseRecordService;
import dk.tvaers.family.InvestigationPlan;
import dk.tvaers.family.Majority;
import dk.tvaers.family.VisitationRecords;
import dk.tvaers.kernel.EngineDates;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the models read from the case record in expressions, as {@code ${caseRecord.childInvestigationSubjects(caseNumber)}}:
 * evaluated when needed, so the list never becomes a process variable.
 */
@Component(CaseRecordExpressions.BEAN)
public class CaseRecordExpressions {

    static final String BEAN = "caseRecord";

    private final CaseRecordService record;
    private final InvestigationPlan investigations;
    private final ProcessDeadlines deadlines;

    private final VisitationRecords visitation;

    public CaseRecordExpressions(
            CaseRecordService record,
            InvestigationPlan investigations,
            ProcessDeadlines deadlines,
            VisitationRecords visitation) {
        this.record = record;
        this.visitation = visitation;
        this.investigations = investigations;
        this.deadlines = deadlines;
    }

    /** The start of a member's 18th birthday in the server's (Danish) time: the hand-over timer's date. */
    public Date eighteenthBirthday(Long memberId) {
        LocalDate birthday = Majority.eighteenthBirthday(record.dateOfBirth(memberId));
        return EngineDates.startOf(birthday);
    }

    /**
     * When the decision on support after 18 is asked for: {@code tvaers.deadlines.support-after18-notice} (six months)
     * before the 18th birthday, at the start of that day; the timer of a child already closer to 18 fires at once.
     */
    public Date supportAfter18DecisionStart(Long memberId) {
        LocalDate birthday = Majority.eighteenthBirthday(record.dateOfBirth(memberId));
        return EngineDates.startOf(birthday.minus(deadlines.supportAfter18Notice()));
    }

    /** The decision on support after 18 is due the day before the 18th birthday, at the start of that day. */
    public Date dayBeforeEighteenthBirthday(Long memberId) {
        LocalDate birthday = Majority.eighteenthBirthday(record.dateOfBirth(memberId));
        return EngineDates.startOf(birthday.minusDays(1));
    }

    /** The member ids of the family's young adults (18+): each is offered Klar/Parat/Start. */
    public List<Long> youngAdults(String caseNumber) {
        return record.youngAdults(caseNumber);
    }

    /** The member ids of the family's children: one child investigation each, and one 18th birthday watched. */
    public List<Long> childInvestigationSubjects(String caseNumber) {
        return record.childInvestigationSubjects(caseNumber);
    }

    /**
     * One member id per child investigation: each child's own, or the lead child's for siblings the coordinator put in
     * one shared investigation (Barnets Lov §21, stk. 4).
     */
    public List<Long> investigationSubjects(String caseNumber) {
        return investigations.investigationSubjects(caseNumber);
    }

    /** Whether a member of the family is screened: the visitation waits for the intake screening until then. */
    public boolean hasIntakeScreening(String caseNumber) {
        return visitation.hasIntakeScreening(caseNumber);
    }
}
