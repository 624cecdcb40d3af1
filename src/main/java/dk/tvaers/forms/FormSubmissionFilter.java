package dk.tvaers.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a task completion whose variables do not fill in the task's Camunda Form with HTTP 400 naming the fields,
 * before the engine is asked (the engine's own check, {@link FormCompletionListener}, would answer 500 through
 * Camunda's REST API). Applies to Camunda's REST API and to Tasklist's calls.
 *
 * <p>Only for an authenticated user, and as her: a request without one passes untouched (not even its body is read),
 * so that the REST API or the webapps answer it with 401 and nothing about the task or its form. On Camunda's REST API
 * the authentication filter before this one has set the user; on the webapps' API this filter runs before the
 * webapps' own authentication, so it takes the user from their login session and sets her for its checks, whose
 * authorization the engine then applies.
 */
public class FormSubmissionFilter extends OncePerRequestFilter {

    /** Group 1: the engine's name on the webapps' API (none on Camunda's REST API); group 2: the task id. */
    static final Pattern COMPLETION = Pattern.compile(
            "^(?:/engine-rest|/camunda/api/engine/engine/([^/]+))/task/([^/]+)/(?:complete|submit-form)$");

    private static final int MAX_BODY = 1024 * 1024;

    private final TaskForms forms;
    private final TaskService tasks;
    private final IdentityService identity;
    private final ObjectMapper json = new ObjectMapper();

    public FormSubmissionFilter(TaskForms forms, TaskService tasks, IdentityService identity) {
        this.forms = forms;
        this.tasks = tasks;
        this.identity = identity;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !COMPLETION.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher matcher = COMPLETION.matcher(path(request));
        matcher.matches();
        String engineName = matcher.group(1);
        String taskId = matcher.group(2);
        UserAuthentication webappUser = null;
        if (engineName != null) {
            webappUser = webappUser(request, engineName);
            if (webappUser == null) {
                chain.doFilter(request, response); // the webapps answer 401
                return;
            }
        } else if (identity.getCurrentAuthentication() == null) {
            chain.doFilter(request, response); // the REST API's authentication answers 401 before this
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        HttpServletRequest replay = new Replay(request, body);
        if (body.length > MAX_BODY) {
            chain.doFilter(replay, response);
            return;
        }
        Optional<List<FormSchema.Violation>> violations;
        if (webappUser != null) {
            identity.setAuthentication(webappUser.getIdentityId(), webappUser.getGroupIds(), webappUser.getTenantIds());
            try {
                violations = violations(taskId, body);
            } finally {
                identity.clearAuthentication();
            }
        } else {
            violations = violations(taskId, body);
        }
        if (violations.isPresent() && !violations.get().isEmpty()) {
            FormCompletionListener.InvalidFormException error =
                    new FormCompletionListener.InvalidFormException(violations.get());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Map<String, Object> problem = new HashMap<>();
            problem.put("type", "FormFieldValidationException");
            problem.put("message", "Cannot complete task " + taskId + ": " + error.getMessage());
            problem.put("code", null);
            problem.put("fields", violations.get());
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        chain.doFilter(replay, response);
    }

    /** The form's complaints, or empty when there is nothing to check (no form, no such task, not JSON). */
    private Optional<List<FormSchema.Violation>> violations(String taskId, byte[] body) {
        Map<String, Object> submitted = new HashMap<>();
        try {
            JsonNode variables = json.readTree(body).path("variables");
            for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> variable = it.next();
                submitted.put(
                        variable.getKey(), json.treeToValue(variable.getValue().path("value"), Object.class));
            }
        } catch (IOException e) {
            return Optional.empty(); // Camunda answers malformed JSON itself
        }
        try {
            return forms.of(taskId).map(form -> form.check(submitted, tasks.getVariables(taskId)));
        } catch (ProcessEngineException e) {
            return Optional.empty(); // no such task, or not hers: the engine answers that itself
        }
    }

    /** The user logged into the webapps for the engine, or null. */
    private static UserAuthentication webappUser(HttpServletRequest request, String engineName) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentication authentication =
                AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engineName);
        return authentication instanceof UserAuthentication user ? user : null;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The request with its body read once and served again. */
    private static final class Replay extends HttpServletRequestWrapper {
        private final byte[] body;

        Replay(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
