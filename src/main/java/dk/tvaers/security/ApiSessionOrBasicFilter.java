package dk.tvaers.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates Tværs's own API: a user logged into the Camunda webapps (Tasklist, Cockpit) is logged in here too,
 * so the board's pages call the API with her session; other clients use HTTP Basic against the engine's identity.
 * Either way the engine knows the user and her groups for the request, so its authorization checks apply.
 *
 * <p>A browser sends the session cookie with any request to Tværs, whichever site made it. So a change (POST, PUT,
 * PATCH, DELETE) through the session needs, as in the webapps, the session's CSRF token in the header {@value
 * #CSRF_HEADER}: the token the webapps keep in the session and send to their pages in the cookie XSRF-TOKEN. Without it
 * the answer is 403 with a problem, and nothing is changed. That cookie's path is the webapps' ({@code /camunda}), out of
 * reach of Tværs's own pages, so every answer through the session also offers the token to them in the cookie {@value
 * #CSRF_COOKIE} (path {@code /}, readable by the page's own script only). HTTP Basic, the way scripts and other systems
 * call the API, needs no token.
 */
public class ApiSessionOrBasicFilter extends OncePerRequestFilter {

    /** The request attribute naming how the user came: {@link #CHANNEL_BOARD} or {@link #CHANNEL_API}. */
    public static final String CHANNEL_ATTRIBUTE = "tvaers.channel";
    /** Through the webapps' login session: the board's pages. */
    public static final String CHANNEL_BOARD = "BOARD";
    /** Through HTTP Basic: another system or a script. */
    public static final String CHANNEL_API = "API";

    /** The request header that carries the session's CSRF token, as the webapps send it. */
    public static final String CSRF_HEADER = CsrfConstants.CSRF_TOKEN_HEADER_NAME;
    /**
     * The cookie that offers the session's CSRF token to Tværs's own pages (the board, Swagger UI). Not the webapps'
     * XSRF-TOKEN: a second cookie of that name would confuse their script.
     */
    public static final String CSRF_COOKIE = "TVAERS-XSRF-TOKEN";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final ProcessEngine engine;
    private final HttpBasicAuthenticationProvider basic = new CanonicalUserBasicAuthenticationProvider();
    private final ObjectMapper json = new ObjectMapper();

    public ApiSessionOrBasicFilter(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        IdentityService identity = engine.getIdentityService();
        UserAuthentication webapp = webappUser(request);
        if (webapp != null) {
            String token = (String) request.getSession().getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
            offerToken(request, response, token);
            if (!SAFE_METHODS.contains(request.getMethod()) && !matches(token, request.getHeader(CSRF_HEADER))) {
                refuseWithoutToken(response);
                return;
            }
            identity.setAuthentication(webapp.getIdentityId(), webapp.getGroupIds(), webapp.getTenantIds());
            request.setAttribute(CHANNEL_ATTRIBUTE, CHANNEL_BOARD);
        } else {
            AuthenticationResult result = basic.extractAuthenticatedUser(request, engine);
            if (!result.isAuthenticated()) {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                // the board's own pages (X-Requested-With) get no Basic challenge: the browser would put up its
                // login dialog, or in a headless browser wait for ever, instead of the page saying "log in"
                if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
                    basic.augmentResponseByAuthenticationChallenge(response, engine);
                }
                return;
            }
            String user = result.getAuthenticatedUser();
            List<String> groups = identity.createGroupQuery().groupMember(user).list().stream()
                    .map(Group::getId)
                    .toList();
            identity.setAuthentication(user, groups);
            request.setAttribute(CHANNEL_ATTRIBUTE, CHANNEL_API);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Sets the cookie {@value #CSRF_COOKIE} to the session's token, unless the request shows it has it already. */
    private static void offerToken(HttpServletRequest request, HttpServletResponse response, String token) {
        if (token == null) {
            return; // the webapps' first page creates it
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (CSRF_COOKIE.equals(cookie.getName()) && token.equals(cookie.getValue())) {
                    return;
                }
            }
        }
        ResponseCookie cookie = ResponseCookie.from(CSRF_COOKIE, token)
                .path("/")
                .sameSite("Lax")
                .secure(request.isSecure())
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    private static boolean matches(String token, String sent) {
        return token != null
                && sent != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    private void refuseWithoutToken(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:tvaers:problem:csrf-token");
        problem.put("title", "Anmodningen er afvist");
        problem.put("status", HttpServletResponse.SC_FORBIDDEN);
        problem.put(
                "detail",
                "En ændring gennem login-sessionen skal sende sessionens sikkerhedstoken i headeren " + CSRF_HEADER
                        + ". Genindlæs siden, og prøv igen.");
        json.writeValue(response.getOutputStream(), problem);
    }

    private UserAuthentication webappUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications all = AuthenticationUtil.getAuthsFromSession(session);
        return (UserAuthentication) all.getAuthenticationForProcessEngine(engine.getName());
    }
}
