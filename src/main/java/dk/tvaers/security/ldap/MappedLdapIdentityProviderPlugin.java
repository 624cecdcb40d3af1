package dk.tvaers.security.ldap;

import dk.tvaers.security.LdapConfigurationException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Camunda's LDAP identity plugin with Tværs's group mapping: users, passwords and memberships come from the
 * directory (read-only), and the directory's groups appear to the engine under the Tværs group ids. Configured as a
 * Java bean, so every property of Camunda's plugin can be set (see application-ldap.yaml).
 */
public class MappedLdapIdentityProviderPlugin extends LdapIdentityProviderPlugin implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(MappedLdapIdentityProviderPlugin.class);

    private Map<String, String> groupMapping = new LinkedHashMap<>();
    private GroupMapping mapping;

    /** Tværs group id → directory group id (the value of the group id attribute). */
    public Map<String, String> getGroupMapping() {
        return groupMapping;
    }

    public void setGroupMapping(Map<String, String> groupMapping) {
        this.groupMapping = groupMapping;
    }

    /** Refuses an incomplete configuration at startup, not at the first login. */
    @Override
    public void afterPropertiesSet() {
        if (serverUrl == null || serverUrl.isBlank()) {
            throw new LdapConfigurationException(
                    "tvaers.ldap.server-url (TVAERS_LDAP_URL) is not set: the ldap profile needs the directory's URL");
        }
        mapping = GroupMapping.of(groupMapping);
    }

    public GroupMapping mapping() {
        if (mapping == null) {
            mapping = GroupMapping.of(groupMapping);
        }
        return mapping;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        super.preInit(configuration);
        GroupMapping groups = mapping();
        configuration.setIdentityProviderSessionFactory(new Factory(this, groups));
        LOG.info(
                "Users and groups from the directory at {} (base {}); Tværs group ← directory group: {}",
                serverUrl,
                baseDn,
                groups.asMap());
        if (!groups.unmapped().isEmpty()) {
            LOG.warn("No directory group stands for the Tværs groups {}: nobody is in them", groups.unmapped());
        }
    }

    /** Opens a {@link MappedLdapIdentityProviderSession} for each command. */
    private record Factory(MappedLdapIdentityProviderPlugin configuration, GroupMapping mapping)
            implements SessionFactory {

        @Override
        public Class<?> getSessionType() {
            return ReadOnlyIdentityProvider.class;
        }

        @Override
        public Session openSession() {
            return new MappedLdapIdentityProviderSession(configuration, mapping);
        }
    }
}
