package dk.tvaers.referral;

import dk.tvaers.process.FamilyInterventionProcess;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may refer a family or a young adult: whoever may start the referral process (the administrations, by their
 * grant on family-intervention). Checked before Tværs starts the process itself on her behalf.
 */
@Component
class Referrers {

    private final IdentityService identity;
    private final AuthorizationService authorizations;

    Referrers(IdentityService identity, AuthorizationService authorizations) {
        this.identity = identity;
        this.authorizations = authorizations;
    }

    /** Refuses a caller who may not refer; a call without a user (the system itself) may. */
    void check() {
        Authentication caller = identity.getCurrentAuthentication();
        if (caller == null || caller.getUserId() == null) {
            return;
        }
        if (!authorizations.isUserAuthorized(
                caller.getUserId(),
                caller.getGroupIds(),
                ProcessDefinitionPermissions.CREATE_INSTANCE,
                Resources.PROCESS_DEFINITION,
                FamilyInterventionProcess.KEY)) {
            throw new AuthorizationException("Kun forvaltningernes medarbejdere kan henvise");
        }
    }
}
