package dk.tvaers.security;

import dk.tvaers.kernel.ConcurrentChange;
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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The writes of Tværs's API (POST, PUT, DELETE under /api), after authentication:
 *
 * <ul>
 *   <li>A write that lost an optimistic lock to another user at the same moment (answered 409 {@code
 *       concurrent-change}, its transaction rolled back, nothing stored) is sent again, up to {@code
 *       tvaers.idempotency.conflict-retries} times, before the client gets the 409.
 *   <li>The writes named in {@code tvaers.idempotency.paths} honour an {@code Idempotency-Key} header: the same key
 *       with the same request gives the first answer again (status, body, Location) without writing again; the same
 *       key with another request is refused with 422; a second request while the first still runs gets 409. Keys are
 *       per user and kept for {@code tvaers.idempotency.retention}. Only a successful (2xx) answer is kept: after a
 *       refusal or a fault nothing was written, and the key is free again.
 * </ul>
 */
public class ApiWriteFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final List<String> WRITES = List.of("POST", "PUT", "PATCH", "DELETE");

    private final IdempotencyKeys keys;
    private final IdentityService identity;
    private final IdempotencyProperties properties;
    private final List<Pattern> paths;

    public ApiWriteFilter(IdempotencyKeys keys, IdentityService identity, IdempotencyProperties properties) {
        this.keys = keys;
        this.identity = identity;
        this.properties = properties;
        this.paths = properties.paths().stream().map(Pattern::compile).toList();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !WRITES.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (IOException e) {
            // the body limit's read error, or a client that broke off
            ApiBodyLimitFilter.refuse(
                    response,
                    400,
                    "unreadable-request",
                    "Ugyldig anmodning",
                    "Anmodningen kunne ikke læses; den er måske for stor",
                    "body");
            return;
        }
        String key = request.getHeader(HEADER);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Authentication user = identity.getCurrentAuthentication();
        boolean idempotent = key != null
                && user != null
                && "POST".equals(request.getMethod())
                && paths.stream().anyMatch(p -> p.matcher(path).matches());
        if (!idempotent) {
            if (key != null && !KEY.matcher(key).matches()) {
                problem(response, 400, "invalid-idempotency-key", "Ugyldig nøgle", keyRule());
                return;
            }
            withRetries(request, response, chain, body).copyBodyToResponse();
            return;
        }
        if (!KEY.matcher(key).matches()) {
            problem(response, 400, "invalid-idempotency-key", "Ugyldig nøgle", keyRule());
            return;
        }
        String userId = user.getUserId();
        IdempotencyKeys.Claim claim =
                keys.claim(userId, key, hash(request.getMethod(), path, body), request.getMethod(), path);
        if (claim instanceof IdempotencyKeys.OtherRequest) {
            problem(
                    response,
                    422,
                    "idempotency-key-reused",
                    "Nøglen er brugt til en anden anmodning",
                    "Idempotency-Key er allerede brugt til en anden anmodning med andet indhold; brug en ny nøgle til"
                            + " en ny anmodning");
            return;
        }
        if (claim instanceof IdempotencyKeys.Running) {
            problem(
                    response,
                    409,
                    "idempotency-key-running",
                    "Anmodningen behandles allerede",
                    "En anmodning med samme Idempotency-Key behandles allerede; vent på dens svar, og send den igen om"
                            + " lidt for at få det");
            return;
        }
        if (claim instanceof IdempotencyKeys.Answered answered) {
            replay(response, answered);
            return;
        }
        ContentCachingResponseWrapper answer;
        try {
            answer = withRetries(request, response, chain, body);
        } catch (IOException | ServletException | RuntimeException e) {
            keys.release(userId, key);
            throw e;
        }
        if (answer.getStatus() >= 200 && answer.getStatus() < 300 && answer.getContentSize() < 1_000_000) {
            keys.complete(
                    userId,
                    key,
                    answer.getStatus(),
                    answer.getContentType(),
                    answer.getHeader(HttpHeaders.LOCATION),
                    new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8));
        } else {
            keys.release(userId, key);
        }
        answer.copyBodyToResponse();
    }

    /**
     * Runs the write, again while it loses to a concurrent change. The answer is held: the caller passes it on with
     * {@code copyBodyToResponse}.
     */
    private ContentCachingResponseWrapper withRetries(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain, byte[] body)
            throws ServletException, IOException {
        int attempt = 0;
        while (true) {
            ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
            chain.doFilter(new Replayable(request, body), answer);
            if (answer.getStatus() != 409 || attempt >= properties.conflictRetries() || !concurrentChange(answer)) {
                return answer;
            }
            attempt++;
            logger.info(
                    "API write " + request.getRequestURI() + " lost to a concurrent change; attempt " + (attempt + 1));
            try {
                Thread.sleep(25L * attempt + (long) (Math.random() * 25));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return answer;
            }
        }
    }

    private static boolean concurrentChange(ContentCachingResponseWrapper answer) {
        return new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8)
                .contains("urn:tvaers:problem:" + ConcurrentChange.TYPE);
    }

    private static void replay(HttpServletResponse response, IdempotencyKeys.Answered answered) throws IOException {
        response.setStatus(answered.status());
        if (answered.contentType() != null) {
            response.setContentType(answered.contentType());
        }
        if (answered.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answered.location());
        }
        response.setHeader("Idempotent-Replayed", "true");
        byte[] bytes = answered.body() == null ? new byte[0] : answered.body().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private void problem(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        ApiBodyLimitFilter.refuse(response, status, type, title, detail, HEADER);
    }

    private static String keyRule() {
        return "Idempotency-Key skal være 1-255 synlige tegn (fx et UUID)";
    }

    static String hash(String method, String path, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request with its body read once and given again on every attempt. */
    private static final class Replayable extends HttpServletRequestWrapper {
        private final byte[] body;

        Replayable(HttpServletRequest request, byte[] body) {
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

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(
                    new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
