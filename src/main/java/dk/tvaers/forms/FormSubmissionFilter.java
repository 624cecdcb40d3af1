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
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a task completion whose variables do not fill in the task's Camunda Form with HTTP 400 naming the fields,
 * before the engine is asked (the engine's own check, {@link FormCompletionListener}, would answer 500 through
 * Camunda's REST API). Applies to Camunda's REST API and to Tasklist's calls.
 */
public class FormSubmissionFilter extends OncePerRequestFilter {

    static final Pattern COMPLETION = Pattern.compile(
            "^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/(?:complete|submit-form)$");

    private static final int MAX_BODY = 1024 * 1024;

    private final TaskForms forms;
    private final TaskService tasks;
    private final ObjectMapper json = new ObjectMapper();

    public FormSubmissionFilter(TaskForms forms, TaskService tasks) {
        this.forms = forms;
        this.tasks = tasks;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !COMPLETION.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        HttpServletRequest replay = new Replay(request, body);
        if (body.length > MAX_BODY) {
            chain.doFilter(replay, response);
            return;
        }
        Matcher matcher = COMPLETION.matcher(path(request));
        matcher.matches();
        String taskId = matcher.group(1);
        Optional<List<FormSchema.Violation>> violations = violations(taskId, body);
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
