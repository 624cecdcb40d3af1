package dk.tvaers.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;

/** Users the refusal tests need beyond the demo users. */
public final class TestUsers {

    private TestUsers() {}

    /** A user with only the process-designer group (password "demo"), created once. */
    public static String processDesigner(ProcessEngine engine, String id) {
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName("Proces");
            user.setLastName("Designer");
            user.setPassword("demo");
            identity.saveUser(user);
            identity.createMembership(id, "process-designer");
        }
        return id;
    }
}
