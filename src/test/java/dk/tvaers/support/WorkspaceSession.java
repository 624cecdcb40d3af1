package dk.tvaers.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A browser logged into Tasklist, as the workspace's tests use it: the session's cookies and the CSRF token the
 * workspace's forms carry; GET a page, POST a form with (or without, or with another) token.
 */
public record WorkspaceSession(TestRestTemplate http, WebappLogin.Session session, String token) {

    public static WorkspaceSession login(TestRestTemplate http, String user) {
        WebappLogin.Session session = WebappLogin.login(http, "tasklist", user, "demo");
        assertThat(session.response().getStatusCode()).isEqualTo(HttpStatus.OK);
        // Tasklist's page after the login: the webapps give the new session its CSRF token, as in a browser
        ResponseEntity<String> tasklist = http.exchange(
                "/camunda/app/tasklist/default/", HttpMethod.GET, new HttpEntity<>(session.headers()), String.class);
        String token = tasklist.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
                .filter(c -> c.startsWith("XSRF-TOKEN="))
                .map(c -> c.split(";")[0].substring("XSRF-TOKEN=".length()))
                .findFirst()
                .orElseThrow();
        return new WorkspaceSession(http, session, token);
    }

    public ResponseEntity<String> get(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(session.headers()), String.class);
    }

    /** A file the session downloads (a letter). */
    public ResponseEntity<byte[]> getBytes(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(session.headers()), byte[].class);
    }

    /** Posts the form's fields with the session's CSRF token. */
    public ResponseEntity<String> post(String path, Map<String, String> fields) {
        return postWithToken(path, fields, token);
    }

    /** Posts the form's fields with the given CSRF token, or none when null. */
    public ResponseEntity<String> postWithToken(String path, Map<String, String> fields, String csrf) {
        HttpHeaders headers = session.headers();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
        fields.forEach(body::add);
        if (csrf != null) {
            body.add("_csrf", csrf);
        }
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }
}
