package dk.tvaers.process;

import dk.tvaers.adult.AdultCourseService;
import dk.tvaers.process.AdultPathwayProcess.Variables;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When the mentor task completes, the mentor who took it (its assignee, or else the user completing it) becomes the
 * young adult's mentor: the assignee of the mentor's tasks from then on, and recorded on the course.
 */
@Component("assignMentorListener")
public class AssignMentorListener implements TaskListener {

    private final AdultCourseService courses;
    private final IdentityService identity;

    public AssignMentorListener(AdultCourseService courses, IdentityService identity) {
        this.courses = courses;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        String mentor =
                CompletingUser.of(task, identity, "Opgaven skal tages af den mentor, der bliver den unges mentor");
        task.getExecution().setVariable(Variables.MENTOR, mentor);
        courses.assignMentor((String) task.getVariable(Variables.COURSE_NUMBER), mentor);
    }
}
