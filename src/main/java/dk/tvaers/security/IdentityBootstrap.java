package dk.tvaers.security;

import dk.tvaers.kernel.Groups;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates the groups work is routed to and their grants, the administrator, and, in the demo profile only, the demo
 * users. Runs once the engine is built, before the web server accepts requests; idempotent on every start. With a
 * read-only identity (the ldap profile) only the grants are applied.
 */
@Component
public class IdentityBootstrap extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityBootstrap.class);
    static final String DEMO_PASSWORD = "demo";

    private final IdentityProperties properties;

    public IdentityBootstrap(IdentityProperties properties) {
        this.properties = properties;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        if (!identity.isReadOnly()) {
            for (Groups.Definition definition : Groups.all()) {
                ensureGroup(identity, definition.id(), definition.name(), definition.type());
            }
            ensureGroup(identity, Groups.ADMIN, "Administratorer", "SYSTEM");
        }
        int changed = GroupAuthorizations.apply(engine.getAuthorizationService(), GroupAuthorizations.matrix());
        if (changed > 0) {
            LOG.info("Granted {} authorizations to Tværs groups", changed);
        }
        if (identity.isReadOnly()) {
            // the ldap profile: users, groups and memberships come from the directory; no administrator password
            LOG.info("Users and groups come from a read-only identity provider: none are created");
            return;
        }
        if (properties.demo().enabled()) {
            createDemoUsers(identity, properties.demo().users());
        }
        ensureAdministrator(identity);
    }

    private void ensureAdministrator(IdentityService identity) {
        if (identity.createUserQuery().memberOfGroup(Groups.ADMIN).count() > 0) {
            return;
        }
        IdentityProperties.Admin admin = properties.admin();
        String password = admin.password();
        if (properties.demo().enabled() && (password == null || password.isBlank())) {
            password = DEMO_PASSWORD;
        }
        if (password == null || password.isBlank()) {
            throw new MissingAdministratorException(admin.id());
        }
        if (identity.createUserQuery().userId(admin.id()).count() == 0) {
            User user = identity.newUser(admin.id());
            user.setFirstName("Tværs");
            user.setLastName("Administrator");
            user.setPassword(password);
            identity.saveUser(user);
        }
        identity.createMembership(admin.id(), Groups.ADMIN);
        LOG.info("Created the administrator '{}'", admin.id());
    }

    private static void createDemoUsers(IdentityService identity, List<IdentityProperties.DemoUser> users) {
        for (IdentityProperties.DemoUser demo : users) {
            if (identity.createUserQuery().userId(demo.id()).count() > 0) {
                continue;
            }
            User user = identity.newUser(demo.id());
            user.setFirstName(demo.firstName());
            user.setLastName(demo.lastName());
            user.setEmail(demo.id() + "@demo.tvaers.dk");
            user.setPassword(DEMO_PASSWORD);
            identity.saveUser(user);
            for (String group : demo.groups()) {
                identity.createMembership(demo.id(), group);
            }
            LOG.info("Created demo user '{}' in {}", demo.id(), demo.groups());
        }
    }

    private static void ensureGroup(IdentityService identity, String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() > 0) {
            return;
        }
        Group group = identity.newGroup(id);
        group.setName(name);
        group.setType(type);
        identity.saveGroup(group);
    }
}
