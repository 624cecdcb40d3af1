package dk.tvaers.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The refusals every write of Tværs must show: the given users (another administration, a process designer, ...) get
 * 403 or 404 without a stack trace, and a request without password or with a wrong one gets 401. The caller checks
 * that nothing changed.
 */
public final class RefusedWrites {

    private RefusedWrites() {}

    /** POSTs an empty body to the url as each user, then without login and with a wrong password. */
    public static void assertPostRefused(
            Function<String, TestRestTemplate> as, TestRestTemplate anonymous, String url, List<String> users) {
        for (String user : users) {
            ResponseEntity<String> refused = as.apply(user).postForEntity(url, null, String.class);
            assertThat(refused.getStatusCode()).as(user).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
            assertThat(refused.getBody()).as(user).doesNotContain("Exception");
        }
        assertThat(anonymous.postForEntity(url, null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous
                        .withBasicAuth("ukendt", "forkert")
                        .postForEntity(url, null, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
