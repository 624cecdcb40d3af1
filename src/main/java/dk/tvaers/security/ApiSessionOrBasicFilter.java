package dk.tvaers.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates Tværs's own API: a user logged into the Camunda webapps (Tasklist, Cockpit) is logged in here too,
 * so the board's pages call the API with her session; other clients use HTTP Basic against the engine's identity.
 * Either way the engine knows the user and her groups for the request, so its authorization checks apply.
 */
public class ApiSessionOrBasicFilter extends OncePerRequestFilter {

    /** The request attribute naming how the user came: {@link #CHANNEL_BOARD} or {@link #CHANNEL_API}. */
    public static final String CHANNEL_ATTRIBUTE = "tvaers.channel";
    /** Through the webapps' login session: the board's pages. */
    public static final String CHANNEL_BOARD = "BOARD";
    /** Through HTTP Basic: another system or a script. */
    public static final String CHANNEL_API = "API";

    private final ProcessEngine engine;
    private final HttpBasicAuthenticationProvider basic = new CanonicalUserBasicAuthenticationProvider();

    public ApiSessionOrBasicFilter(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        IdentityService identity = engine.getIdentityService();
        UserAuthentication webapp = webappUser(request);
        if (webapp != null) {
            identity.setAuthentication(webapp.getIdentityId(), webapp.getGroupIds(), webapp.getTenantIds());
            request.setAttribute(CHANNEL_ATTRIBUTE, CHANNEL_BOARD);
        } else {
            AuthenticationResult result = basic.extractAuthenticatedUser(request, engine);
            if (!result.isAuthenticated()) {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                basic.augmentResponseByAuthenticationChallenge(response, engine);
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

    private UserAuthentication webappUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications all = AuthenticationUtil.getAuthsFromSession(session);
        return (UserAuthentication) all.getAuthenticationForProcessEngine(engine.getName());
    }
}
