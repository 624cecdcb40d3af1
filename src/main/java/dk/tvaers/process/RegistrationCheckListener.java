package dk.tvaers.process;

import dk.tvaers.family.CaseRecordService;
import dk.tvaers.kernel.InvalidInputException;
import java.util.function.Predicate;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A family case is about its children and young people: the registration of the members cannot be completed while
 * the case has none. Otherwise the case would go on to visitation without a child investigation and without the
 * statutory deadline. The method has no course for a family without children (a single young adult is referred to
 * Klar/Parat/Start), so the registration is refused with a reason naming the field, and the task stays open.
 */
@Component(RegistrationCheckListener.BEAN)
class RegistrationCheckListener implements TaskListener {

    static final String BEAN = "registrationCheckListener";

    /** The form field the refusal names: the coordinator's confirmation that every member is registered. */
    static final String FIELD = "membersRegistered";

    static final String REFUSAL = "Sagen har intet barn eller ung registreret. Registrér familiens børn og unge i"
            + " sagen, før du bekræfter 'Alle familiens medlemmer er registreret'";

    private final Predicate<String> hasYoungMember;

    @Autowired
    RegistrationCheckListener(CaseRecordService record) {
        this(record::hasYoungMember);
    }

    RegistrationCheckListener(Predicate<String> hasYoungMember) {
        this.hasYoungMember = hasYoungMember;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!hasYoungMember.test(FamilyInterventionProcess.CASE_NUMBER.from(task))) {
            // the engine wraps what a task listener throws; the REST API answers the cause: 400 naming the field
            throw new BadUserRequestException(REFUSAL + " (" + FIELD + ")", new InvalidInputException(FIELD, REFUSAL));
        }
    }
}
