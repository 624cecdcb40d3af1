package dk.tvaers.family;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The user the API request is authenticated as (HTTP Basic against the engine's identity service). */
@Component
public class CurrentUser {

    private final IdentityService identity;

    public CurrentUser(IdentityService identity) {
        this.identity = identity;
    }

    /** Whether she may record a measure of the method (not a process designer; someone signed in). */
    public boolean mayRecordMeasures() {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication != null
                && authentication.getGroupIds() != null
                && dk.tvaers.kernel.Roles.mayRecordMeasures(authentication.getGroupIds());
    }

    /** The user id, or "system" outside an authenticated request. */
    public String id() {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication == null || authentication.getUserId() == null ? "system" : authentication.getUserId();
    }
}
