package dk.tvaers.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Guards every API operation on one case record ({caseNumber}, {courseNumber}, {reportNumber}): checks the purpose's rule before the
 * operation runs and writes the access log, granted or denied. A new operation under those paths is covered without
 * doing anything.
 */
class RecordAccessInterceptor implements HandlerInterceptor {

    static final String CASE_NUMBER = "caseNumber";
    static final String COURSE_NUMBER = "courseNumber";
    static final String REPORT_NUMBER = "reportNumber";

    private final CaseAccessPolicy policy;
    private final AccessLog log;
    private final IdentityService identity;

    RecordAccessInterceptor(CaseAccessPolicy policy, AccessLog log, IdentityService identity) {
        this.policy = policy;
        this.log = log;
        this.identity = identity;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables == null) {
            return true;
        }
        RecordType type;
        String key;
        if (variables.containsKey(CASE_NUMBER)) {
            type = RecordType.FAMILY_CASE;
            key = variables.get(CASE_NUMBER);
        } else if (variables.containsKey(COURSE_NUMBER)) {
            type = RecordType.ADULT_COURSE;
            key = variables.get(COURSE_NUMBER);
        } else if (variables.containsKey(REPORT_NUMBER)) {
            type = RecordType.REPORT_OF_CONCERN;
            key = variables.get(REPORT_NUMBER);
        } else {
            return true;
        }
        RecordAccess annotation = method.getMethodAnnotation(RecordAccess.class);
        Purpose purpose = annotation == null ? Purpose.CASE_WORK : annotation.purpose();
        String view = annotation == null ? method.getMethod().getName() : annotation.view();

        Viewer viewer = Viewer.of(identity.getCurrentAuthentication());
        CaseAccessPolicy.Decision decision = policy.decide(viewer, type, key, purpose);
        if (decision == CaseAccessPolicy.Decision.NOT_FOUND) {
            return true;
        }
        boolean granted = decision == CaseAccessPolicy.Decision.GRANTED;
        log.record(log.entry(
                viewer,
                type,
                key,
                view,
                action(request),
                granted ? AccessLogEntry.Outcome.GRANTED : AccessLogEntry.Outcome.DENIED,
                request));
        if (!granted) {
            throw new RecordAccessDeniedException(purpose);
        }
        return true;
    }

    static AccessLogEntry.Action action(HttpServletRequest request) {
        String method = request.getMethod();
        return HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method)
                ? AccessLogEntry.Action.READ
                : AccessLogEntry.Action.CHANGE;
    }
}
