package dk.tvaers.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A write of Tværs's API that lost an optimistic lock (409 concurrent-change; its transaction rolled back) is sent
 * again with the same body, and the client sees only the last answer; other refusals are never sent again.
 */
class ApiWriteFilterTest {

    private static final String CONFLICT = "{\"type\":\"urn:tvaers:problem:concurrent-change\",\"status\":409}";

    private final IdempotencyKeys keys = mock(IdempotencyKeys.class);
    private final IdempotencyProperties properties = new IdempotencyProperties(null, null, null, 2);
    private final ApiWriteFilter filter = new ApiWriteFilter(keys, mock(IdentityService.class), properties);

    @Test
    void aWriteThatLostToAConcurrentChangeIsSentAgainWithTheSameBody() throws Exception {
        List<String> bodies = new ArrayList<>();
        MockHttpServletResponse response = run(bodies, 409, 201);

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getContentAsString()).isEqualTo("{\"answer\":2}");
        assertThat(bodies).containsExactly("{\"text\":\"note\"}", "{\"text\":\"note\"}");
        verify(keys, never())
                .claim(
                        org.mockito.ArgumentMatchers.any(),
                        org.mockito.ArgumentMatchers.any(),
                        org.mockito.ArgumentMatchers.any(),
                        org.mockito.ArgumentMatchers.any(),
                        org.mockito.ArgumentMatchers.any());
    }

    @Test
    void afterTheRetriesTheConflictIsAnswered409() throws Exception {
        List<String> bodies = new ArrayList<>();
        MockHttpServletResponse response = run(bodies, 409, 409, 409, 201);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString()).contains("concurrent-change");
        assertThat(bodies).hasSize(3);
    }

    @Test
    void otherRefusalsAreNotSentAgain() throws Exception {
        List<String> bodies = new ArrayList<>();
        MockHttpServletRequest request = request();
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            bodies.add(new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            ((HttpServletResponse) res).setStatus(409);
            res.getWriter().write("{\"type\":\"urn:tvaers:problem:conflict\"}");
        });
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(bodies).hasSize(1);
    }

    /** Runs the filter over a chain that answers the given statuses one after the other. */
    private MockHttpServletResponse run(List<String> bodies, int... statuses) throws Exception {
        MockHttpServletRequest request = request();
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            bodies.add(new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            int status = statuses[bodies.size() - 1];
            ((HttpServletResponse) res).setStatus(status);
            res.getWriter().write(status == 409 ? CONFLICT : "{\"answer\":" + bodies.size() + "}");
            res.getWriter().flush();
        });
        return response;
    }

    private static MockHttpServletRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/cases/TV-2026-00001/journal");
        request.setContentType("application/json");
        request.setContent("{\"text\":\"note\"}".getBytes(StandardCharsets.UTF_8));
        return request;
    }
}
