package dk.tvaers.security;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * HTTP Basic against the engine's identity, with the user id as the identity spells it. A directory (the ldap
 * profile) matches "MEHA" to the user meha: without this the request would act as "MEHA", whose tasks, grants and
 * access-log lines are not meha's.
 */
public class CanonicalUserBasicAuthenticationProvider extends HttpBasicAuthenticationProvider {

    /**
     * No user id or password holds a NUL character, and PostgreSQL refuses to compare text with one (the check would
     * fail with a database error, answered 500): such credentials are wrong credentials.
     */
    @Override
    protected boolean isAuthenticated(ProcessEngine engine, String userName, String password) {
        if (userName.indexOf('\0') >= 0 || password.indexOf('\0') >= 0) {
            return false;
        }
        return super.isAuthenticated(engine, userName, password);
    }

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        AuthenticationResult result = super.extractAuthenticatedUser(request, engine);
        // the engine's own identity tables match ids exactly: only a directory can answer for another spelling
        if (!result.isAuthenticated() || !engine.getIdentityService().isReadOnly()) {
            return result;
        }
        User user = engine.getIdentityService()
                .createUserQuery()
                .userId(result.getAuthenticatedUser())
                .singleResult();
        return user == null || user.getId().equals(result.getAuthenticatedUser())
                ? result
                : AuthenticationResult.successful(user.getId());
    }
}
