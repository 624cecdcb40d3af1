package dk.tvaers.workspace;

import dk.tvaers.security.ApiSessionOrBasicFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates the case workspace with the Camunda webapps' login session: a user logged into Tasklist is logged in
 * here. The engine knows the user and her groups for the request, so need-to-know and the access log apply as on the
 * API.
 *
 * <p>Without a login the request is forwarded to a Danish page that links to the login (401). Every change (POST) must
 * carry the session's CSRF token in the form field {@value #CSRF_FIELD}, which each form of the workspace holds;
 * without it the request is forwarded to a Danish refusal (403) and nothing is changed. The token is the one the
 * webapps keep in the session.
 */
class WorkspaceSessionFilter extends OncePerRequestFilter {

    /** The form field that carries the session's CSRF token. */
    static final String CSRF_FIELD = "_csrf";
    /** The request attribute holding the token for the forms. */
    static final String CSRF_ATTRIBUTE = "workspaceCsrfToken";
    /** The access log's channel for the workspace (up to 10 characters). */
    static final String CHANNEL = "WORKSPACE";

    static final String LOGIN_REQUIRED_PATH = "/workspace/login-required";
    static final String CSRF_REFUSED_PATH = "/workspace/csrf-refused";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ProcessEngine engine;

    WorkspaceSessionFilter(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        UserAuthentication user = webappUser(request);
        if (user == null) {
            request.getRequestDispatcher(LOGIN_REQUIRED_PATH).forward(request, response);
            return;
        }
        String token = token(request.getSession());
        if (!SAFE_METHODS.contains(request.getMethod()) && !matches(token, request.getParameter(CSRF_FIELD))) {
            request.getRequestDispatcher(CSRF_REFUSED_PATH).forward(request, response);
            return;
        }
        request.setAttribute(CSRF_ATTRIBUTE, token);
        request.setAttribute(ApiSessionOrBasicFilter.CHANNEL_ATTRIBUTE, CHANNEL);
        IdentityService identity = engine.getIdentityService();
        identity.setAuthentication(user.getIdentityId(), user.getGroupIds(), user.getTenantIds());
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }

    /** The webapps' CSRF token of the session; created as the webapps would if the session has none yet. */
    private static String token(HttpSession session) {
        synchronized (session) {
            Object token = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
            if (token == null) {
                byte[] bytes = new byte[16];
                RANDOM.nextBytes(bytes);
                token = HexFormat.of().withUpperCase().formatHex(bytes);
                session.setAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME, token);
            }
            return token.toString();
        }
    }

    private static boolean matches(String token, String sent) {
        return token != null
                && sent != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    private UserAuthentication webappUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        return (UserAuthentication)
                AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engine.getName());
    }
}
