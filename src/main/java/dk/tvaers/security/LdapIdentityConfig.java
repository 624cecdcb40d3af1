package dk.tvaers.security;

import dk.tvaers.kernel.Groups;
import dk.tvaers.security.ldap.MappedLdapIdentityProviderPlugin;
import org.camunda.bpm.engine.impl.plugin.AdministratorAuthorizationPlugin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The {@code ldap} profile: users, passwords and group memberships come from the municipality's LDAP / Active
 * Directory through Camunda's LDAP identity plugin, read-only; directory groups are mapped to the Tværs groups
 * ({@code tvaers.ldap.group-mapping}). Everything else (authorizations, filters, cases) stays in the engine's database.
 */
@Configuration(proxyBeanMethods = false)
@Profile("ldap")
public class LdapIdentityConfig {

    /** Camunda's plugin, its properties bound from {@code tvaers.ldap.*} (application-ldap.yaml). */
    @Bean
    @ConfigurationProperties("tvaers.ldap")
    MappedLdapIdentityProviderPlugin ldapIdentityProviderPlugin() {
        return new MappedLdapIdentityProviderPlugin();
    }

    /**
     * The directory group mapped to {@code camunda-admin} administers Tværs; optionally one named directory user too
     * ({@code tvaers.ldap.admin-user}), e.g. before that group exists.
     */
    @Bean
    AdministratorAuthorizationPlugin ldapAdministratorAuthorizationPlugin(
            @Value("${tvaers.ldap.admin-user:}") String adminUser) {
        AdministratorAuthorizationPlugin plugin = new AdministratorAuthorizationPlugin();
        plugin.setAdministratorGroupName(Groups.ADMIN);
        if (!adminUser.isBlank()) {
            plugin.setAdministratorUserName(adminUser.trim());
        }
        return plugin;
    }
}
