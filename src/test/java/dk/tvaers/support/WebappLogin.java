package dk.tvaers.support;

import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Logs into a Camunda webapp as its login page does: first the page (session and CSRF token), then the form. */
public final class WebappLogin {

    /** The login's answer and the cookies (name=value) that carry the session from then on. */
    @SuppressWarnings("rawtypes")
    public record Session(ResponseEntity<Map> response, List<String> cookies) {

        /** Headers that send the session's cookies. */
        public HttpHeaders headers() {
            HttpHeaders headers = new HttpHeaders();
            headers.put(HttpHeaders.COOKIE, cookies);
            return headers;
        }
    }

    @SuppressWarnings("rawtypes")
    public static Session login(TestRestTemplate http, String app, String user, String password) {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/" + app + "/default/", String.class);
        List<String> pageCookies = names(page.getHeaders().get(HttpHeaders.SET_COOKIE));
        String csrf = pageCookies.stream()
                .filter(c -> c.startsWith("XSRF-TOKEN="))
                .findFirst()
                .orElseThrow()
                .substring("XSRF-TOKEN=".length());
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.set("X-XSRF-TOKEN", csrf);
        headers.put(HttpHeaders.COOKIE, pageCookies);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        ResponseEntity<Map> login = http.postForEntity(
                "/camunda/api/admin/auth/user/default/login/" + app, new HttpEntity<>(form, headers), Map.class);
        List<String> loginCookies = names(login.getHeaders().get(HttpHeaders.SET_COOKIE));
        return new Session(login, loginCookies.isEmpty() ? pageCookies : loginCookies);
    }

    private static List<String> names(List<String> setCookies) {
        return setCookies == null
                ? List.of()
                : setCookies.stream().map(c -> c.split(";")[0]).toList();
    }

    private WebappLogin() {}
}
