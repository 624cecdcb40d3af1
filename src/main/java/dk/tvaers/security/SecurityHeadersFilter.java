package dk.tvaers.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response, Tværs's pages and API as well as the Camunda webapps and REST API:
 * {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY}, {@code Referrer-Policy: same-origin}, a
 * Content-Security-Policy on Tværs's own paths (the webapps set their own, which their inline scripts need), {@code
 * Cache-Control: no-store} on the APIs that carry personal data, and, on requests that came over HTTPS (directly or
 * through a trusted proxy's X-Forwarded-Proto), Strict-Transport-Security and the Secure flag on every cookie set.
 */
public class SecurityHeadersFilter extends OncePerRequestFilter {

    /** Tværs's own pages: scripts and styles from Tværs only, no framing. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Swagger UI sets inline styles. */
    static final String SWAGGER_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";

    /** JSON and CSV: nothing to run, nothing to frame. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    static final String NO_STORE = "no-store";

    private final String webappPath;
    private final String hsts;

    /**
     * @param webappPath the Camunda webapps' path ({@code camunda.bpm.webapp.application-path}), whose own filter sets
     *     the Content-Security-Policy there
     * @param hstsMaxAge Strict-Transport-Security's max-age; zero for none
     */
    public SecurityHeadersFilter(String webappPath, Duration hstsMaxAge) {
        this.webappPath = webappPath.endsWith("/") ? webappPath : webappPath + "/";
        this.hsts = hstsMaxAge.isZero() ? null : "max-age=" + hstsMaxAge.toSeconds();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        String policy = policy(path);
        if (policy != null) {
            response.setHeader("Content-Security-Policy", policy);
        }
        boolean noStore = carriesPersonalData(path);
        if (noStore) {
            response.setHeader("Cache-Control", NO_STORE);
            response.setHeader("Pragma", "no-cache");
        }
        boolean secure = request.isSecure();
        if (secure && hsts != null) {
            response.setHeader("Strict-Transport-Security", hsts);
        }
        chain.doFilter(request, noStore || secure ? new Hardened(response, secure, noStore) : response);
    }

    private String policy(String path) {
        if (path.startsWith(webappPath)) {
            return null; // Camunda's HttpHeaderSecurityFilter: its default policy with a nonce for its scripts
        }
        if (path.startsWith("/api/") || path.startsWith("/engine-rest") || path.startsWith("/actuator")) {
            return API_POLICY;
        }
        if (path.startsWith("/swagger-ui") || path.startsWith("/v3/api-docs")) {
            return SWAGGER_POLICY;
        }
        return PAGE_POLICY;
    }

    private boolean carriesPersonalData(String path) {
        return path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith(webappPath + "api/");
    }

    /**
     * Keeps what the filter set against the filters and servlets after it: on an HTTPS request every cookie gets the
     * Secure flag (the webapps' XSRF-TOKEN cookie included), and on the APIs with personal data no later filter
     * (Camunda's REST API sets {@code no-cache}) weakens {@code no-store}.
     */
    static final class Hardened extends HttpServletResponseWrapper {

        private final boolean secure;
        private final boolean noStore;

        Hardened(HttpServletResponse response, boolean secure, boolean noStore) {
            super(response);
            this.secure = secure;
            this.noStore = noStore;
        }

        @Override
        public void addCookie(Cookie cookie) {
            if (secure) {
                cookie.setSecure(true);
            }
            super.addCookie(cookie);
        }

        @Override
        public void addHeader(String name, String value) {
            if (noStore && isCacheControl(name)) {
                return;
            }
            super.addHeader(name, secured(name, value));
        }

        @Override
        public void setHeader(String name, String value) {
            if (noStore && isCacheControl(name)) {
                return;
            }
            super.setHeader(name, secured(name, value));
        }

        private static boolean isCacheControl(String name) {
            return "Cache-Control".equalsIgnoreCase(name) || "Pragma".equalsIgnoreCase(name);
        }

        private String secured(String name, String value) {
            if (!secure || value == null || !"Set-Cookie".equalsIgnoreCase(name)) {
                return value;
            }
            for (String attribute : value.split(";")) {
                if (attribute.trim().toLowerCase(Locale.ROOT).equals("secure")) {
                    return value;
                }
            }
            return value + ";Secure";
        }
    }
}
