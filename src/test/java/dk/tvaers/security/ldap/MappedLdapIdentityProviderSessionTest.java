package dk.tvaers.security.ldap;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.SearchScope;
import dk.tvaers.kernel.Groups;
import dk.tvaers.support.TestDirectory;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.identity.impl.ldap.LdapConfiguration;
import org.camunda.bpm.identity.impl.ldap.LdapGroupQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The directory searches the mapped provider makes, run against the in-memory directory: Tværs ids become directory
 * ids and nothing outside the mapping is found. (Members and logins need an engine: see LdapStartupTest.)
 */
class MappedLdapIdentityProviderSessionTest {

    private static TestDirectory directory;
    private static MappedLdapIdentityProviderSession session;

    @BeforeAll
    static void start() {
        directory = TestDirectory.start();
        LdapConfiguration configuration = new LdapConfiguration();
        configuration.setServerUrl(directory.url());
        configuration.setGroupSearchFilter("(objectClass=group)");
        configuration.setGroupIdAttribute("cn");
        configuration.setGroupMemberAttribute("member");
        GroupMapping mapping = GroupMapping.of(Map.of(
                Groups.SOF, "GG-Tvaers-SOF",
                Groups.BUF, "GG-Tvaers-BUF",
                Groups.COORDINATOR, "GG-Tvaers-Koordinator",
                Groups.ADMIN, "GG-Tvaers-Admin (IT)"));
        session = new MappedLdapIdentityProviderSession(configuration, mapping);
    }

    @AfterAll
    static void stop() {
        directory.close();
    }

    @Test
    void aGroupAskedForByItsTvaersIdIsFoundByItsDirectoryId() throws Exception {
        LdapGroupQuery query = new LdapGroupQuery();
        query.groupId(Groups.SOF);

        assertThat(found(session.getGroupSearchFilter(query))).containsExactly("GG-Tvaers-SOF");
        // the query itself still asks for the Tværs id: a count after the list asks the same
        assertThat(query.getId()).isEqualTo(Groups.SOF);
        assertThat(found(session.getGroupSearchFilter(query))).containsExactly("GG-Tvaers-SOF");
    }

    @Test
    void everySearchStaysInsideTheMappedGroups() throws Exception {
        assertThat(found(session.getGroupSearchFilter(new LdapGroupQuery())))
                .containsExactlyInAnyOrder("GG-Tvaers-SOF", "GG-Tvaers-BUF", "GG-Tvaers-Koordinator");

        LdapGroupQuery byIds = new LdapGroupQuery();
        byIds.groupIdIn(Groups.BUF, Groups.COORDINATOR, Groups.MENTOR);
        assertThat(found(session.getGroupSearchFilter(byIds)))
                .containsExactlyInAnyOrder("GG-Tvaers-BUF", "GG-Tvaers-Koordinator");
    }

    @Test
    void aDirectoryIdWithFilterCharactersIsEscaped() {
        LdapGroupQuery query = new LdapGroupQuery();
        query.groupId(Groups.ADMIN);

        assertThat(session.getGroupSearchFilter(query))
                .contains("(cn=GG-Tvaers-Admin \\28IT\\29)")
                .doesNotContain("(IT)");
    }

    @Test
    void aQueryForAnUnmappedGroupFindsNothingWithoutAskingTheDirectory() {
        LdapGroupQuery mentor = new LdapGroupQuery();
        mentor.groupId(Groups.MENTOR);
        LdapGroupQuery directoryName = new LdapGroupQuery();
        directoryName.groupId("GG-Tvaers-SOF");

        // no command context and no connection needed: the answer is known before any search
        assertThat(session.findGroupByQueryCriteria(mentor)).isEmpty();
        assertThat(session.findGroupByQueryCriteria(directoryName)).isEmpty();
    }

    private static List<String> found(String filter) throws Exception {
        return directory
                .server()
                .search(TestDirectory.BASE_DN, SearchScope.SUB, filter, "cn")
                .getSearchEntries()
                .stream()
                .map(entry -> entry.getAttributeValue("cn"))
                .toList();
    }
}
