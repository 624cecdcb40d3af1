package dk.tvaers.process;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A new report on a child in an open family case is assessed again by someone new to the case: the engine refuses to
 * complete "Vurdér ny underretning i åben sag" for a user who was assigned to or completed any task of the case (its
 * child investigations included, the coordinator's tasks too), so fresh eyes look at the child. The team chief
 * allocates the task; the refusal names the reason and the task stays open.
 */
@Component(NewToCaseListener.BEAN)
class NewToCaseListener implements TaskListener {

    static final String BEAN = "newToCaseListener";

    static final String REFUSAL = "Den nye vurdering skal foretages af en, der ikke har arbejdet på sagen før."
            + " Teamchefen fordeler opgaven til en ny medarbejder";

    /** The field the refusal names: who completes the task. */
    static final String FIELD = "assignee";

    private final Function<String, Set<String>> workedOnCase;
    private final Supplier<IdentityService> identity;

    @Autowired
    NewToCaseListener(EngineReadModel engine, IdentityService identity) {
        this(caseNumber -> usersOf(engine, caseNumber), () -> identity);
    }

    NewToCaseListener(Function<String, Set<String>> workedOnCase, Supplier<IdentityService> identity) {
        this.workedOnCase = workedOnCase;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        String user = CompletingUser.of(task, identity.get(), REFUSAL);
        String caseNumber = ReportOfConcernProcess.CASE_NUMBER.from(task);
        if (caseNumber != null && workedOnCase.apply(caseNumber).contains(user)) {
            // the engine wraps what a task listener throws; the REST API answers the cause: 400 naming the field
            throw new BadUserRequestException(
                    REFUSAL + " (" + FIELD + ")", new dk.tvaers.kernel.InvalidInputException(FIELD, REFUSAL));
        }
    }

    /** Everyone who was assigned to or completed a task of the case. */
    static Set<String> usersOf(EngineReadModel engine, String caseNumber) {
        Set<String> users = new HashSet<>();
        for (EngineReadModel.HistoricTask t : engine.tasks(caseNumber)) {
            if (t.assignee() != null) {
                users.add(t.assignee());
            }
            if (t.completedBy() != null) {
                users.add(t.completedBy());
            }
        }
        return users;
    }
}
