package dk.tvaers.process;

import dk.tvaers.adult.AdultCourseService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When the mentor task completes, the mentor who took it (its assignee, or else the user completing it) becomes the
 * young adult's mentor: the assignee of the mentor's tasks from then on, and recorded on the course.
 */
@Component("assignMentorListener")
class AssignMentorListener implements TaskListener {

    private final AdultCourseService courses;
    private final IdentityService identity;

    AssignMentorListener(AdultCourseService courses, IdentityService identity) {
        this.courses = courses;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        String mentor =
                CompletingUser.of(task, identity, "Opgaven skal tages af den mentor, der bliver den unges mentor");
        AdultPathwayProcess.MENTOR.set(task.getExecution(), mentor);
        courses.assignMentor(AdultPathwayProcess.COURSE_NUMBER.from(task), mentor);
    }
}
