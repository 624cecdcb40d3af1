package dk.tvaers.security.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dk.tvaers.kernel.Groups;
import dk.tvaers.platform.StartupFailureAnalyzer;
import dk.tvaers.security.LdapConfigurationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** application-ldap.yaml binds onto Camunda's plugin, with Active Directory's defaults and the operator's variables. */
class MappedLdapIdentityProviderPluginTest {

    @Test
    void everyKeyOfTheLdapProfileIsAPropertyOfCamundasPluginAndTheDefaultsSuitActiveDirectory() throws Exception {
        MappedLdapIdentityProviderPlugin plugin = bind(Map.of(
                "TVAERS_LDAP_URL", "ldaps://dc01.kommune.dk:636",
                "TVAERS_LDAP_BASE_DN", "DC=kommune,DC=dk",
                "TVAERS_LDAP_GROUP_SOF", "GG-Tvaers-SOF",
                "TVAERS_LDAP_GROUP_TEAM_CHIEF", "GG-Tvaers-Teamchef"));

        assertThat(plugin.getServerUrl()).isEqualTo("ldaps://dc01.kommune.dk:636");
        assertThat(plugin.getBaseDn()).isEqualTo("DC=kommune,DC=dk");
        assertThat(plugin.getUserSearchFilter()).isEqualTo("(&(objectClass=user)(!(objectClass=computer)))");
        assertThat(plugin.getUserIdAttribute()).isEqualTo("sAMAccountName");
        assertThat(plugin.getUserFirstnameAttribute()).isEqualTo("givenName");
        assertThat(plugin.getUserLastnameAttribute()).isEqualTo("sn");
        assertThat(plugin.getUserEmailAttribute()).isEqualTo("mail");
        assertThat(plugin.getGroupSearchFilter()).isEqualTo("(objectClass=group)");
        assertThat(plugin.getGroupIdAttribute()).isEqualTo("cn");
        assertThat(plugin.getGroupMemberAttribute()).isEqualTo("member");
        assertThat(plugin.getPageSize()).isEqualTo(500);
        assertThat(plugin.isAcceptUntrustedCertificates()).isFalse();
        plugin.afterPropertiesSet();
        assertThat(plugin.mapping().asMap())
                .containsExactly(
                        Map.entry(Groups.SOF, "GG-Tvaers-SOF"), Map.entry(Groups.TEAM_CHIEF, "GG-Tvaers-Teamchef"));
    }

    @Test
    void withoutAnyGroupVariableTheDirectoryGroupsAreNamedAsTvaersGroups() throws Exception {
        MappedLdapIdentityProviderPlugin plugin = bind(Map.of("TVAERS_LDAP_URL", "ldap://localhost:389"));
        plugin.afterPropertiesSet();

        assertThat(plugin.mapping().toTvaers("team-chief")).contains(Groups.TEAM_CHIEF);
        assertThat(plugin.mapping().unmapped()).isEmpty();
    }

    @Test
    void withoutTheDirectoryUrlStartupSaysSoInOneSentence() throws Exception {
        MappedLdapIdentityProviderPlugin plugin = bind(Map.of());

        Throwable failure = catchThrowable(plugin::afterPropertiesSet);

        assertThat(failure).isInstanceOf(LdapConfigurationException.class);
        FailureAnalysis analysis = new StartupFailureAnalyzer()
                .analyze(new BeanCreationException("ldapIdentityProviderPlugin", "init failed", failure));
        assertThat(analysis.getDescription())
                .isEqualTo("The ldap profile cannot log users in: tvaers.ldap.server-url (TVAERS_LDAP_URL) is not set:"
                        + " the ldap profile needs the directory's URL");
        assertThat(analysis.getAction()).contains("TVAERS_LDAP_");
    }

    /** Binds the profile's yaml as Spring Boot does, failing on any key the plugin has no property for. */
    private static MappedLdapIdentityProviderPlugin bind(Map<String, Object> variables) throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
        List<PropertySource<?>> yaml = new YamlPropertySourceLoader()
                .load("application-ldap.yaml", new ClassPathResource("application-ldap.yaml"));
        yaml.forEach(source -> environment.getPropertySources().addLast(source));
        // admin-user belongs to the administrator plugin (LdapIdentityConfig)
        ConfigurationPropertyName adminUser = ConfigurationPropertyName.of("tvaers.ldap.admin-user");
        List<ConfigurationPropertySource> sources = yaml.stream()
                .map(ConfigurationPropertySource::from)
                .map(source -> source.filter(name -> !name.equals(adminUser)))
                .toList();
        MappedLdapIdentityProviderPlugin plugin = new MappedLdapIdentityProviderPlugin();
        new Binder(sources, new PropertySourcesPlaceholdersResolver(environment))
                .bind(
                        "tvaers.ldap",
                        Bindable.ofInstance(plugin),
                        new NoUnboundElementsBindHandler(BindHandler.DEFAULT));
        return plugin;
    }
}
