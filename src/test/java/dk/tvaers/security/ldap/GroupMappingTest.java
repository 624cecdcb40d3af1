package dk.tvaers.security.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.tvaers.kernel.Groups;
import dk.tvaers.security.LdapConfigurationException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupMappingTest {

    @Test
    void translatesBothWaysAndDirectoryIdsIgnoreCase() {
        GroupMapping mapping = GroupMapping.of(Map.of(Groups.SOF, "GG-Tvaers-SOF", Groups.ADMIN, "GG-Tvaers-Admin"));

        assertThat(mapping.toDirectory(Groups.SOF)).contains("GG-Tvaers-SOF");
        assertThat(mapping.toTvaers("GG-Tvaers-SOF")).contains(Groups.SOF);
        assertThat(mapping.toTvaers("gg-tvaers-sof")).contains(Groups.SOF);
        assertThat(mapping.toTvaers("GG-Tvaers-Admin")).contains(Groups.ADMIN);
        // Tværs ids are exact, and an unmapped group is no group
        assertThat(mapping.toDirectory("SOF")).isEmpty();
        assertThat(mapping.toDirectory(Groups.BUF)).isEmpty();
        assertThat(mapping.toTvaers("GG-Kantine")).isEmpty();
        assertThat(mapping.toTvaers(Groups.SOF)).isEmpty();
        assertThat(mapping.unmapped()).contains(Groups.BUF, Groups.MENTOR).doesNotContain(Groups.SOF, Groups.ADMIN);
    }

    @Test
    void blankEntriesAreLeftOut() {
        Map<String, String> configured = new LinkedHashMap<>();
        configured.put(Groups.SOF, "GG-Tvaers-SOF");
        configured.put(Groups.BUF, "");
        configured.put(Groups.MENTOR, "  ");
        configured.put(Groups.DPO, null);

        GroupMapping mapping = GroupMapping.of(configured);

        assertThat(mapping.asMap()).containsExactly(Map.entry(Groups.SOF, "GG-Tvaers-SOF"));
        assertThat(mapping.directoryGroupIds()).containsExactly("GG-Tvaers-SOF");
    }

    @Test
    void withNoEntryEachTvaersGroupIsTheDirectoryGroupOfTheSameName() {
        Map<String, String> allBlank = new LinkedHashMap<>();
        allBlank.put(Groups.SOF, "");

        for (GroupMapping mapping : new GroupMapping[] {GroupMapping.of(Map.of()), GroupMapping.of(allBlank)}) {
            assertThat(mapping.toTvaers(Groups.TEAM_CHIEF)).contains(Groups.TEAM_CHIEF);
            assertThat(mapping.toDirectory(Groups.ADMIN)).contains(Groups.ADMIN);
            assertThat(mapping.directoryGroupIds()).hasSize(Groups.all().size() + 1);
            assertThat(mapping.unmapped()).isEmpty();
            assertThat(mapping.toTvaers("GG-Kantine")).isEmpty();
        }
    }

    @Test
    void anUnknownTvaersGroupAndADirectoryGroupMappedTwiceAreRefusedTogether() {
        Map<String, String> configured = new LinkedHashMap<>();
        configured.put("sagsbehandler", "GG-Tvaers-Sagsbehandler");
        configured.put(Groups.SOF, "GG-Tvaers-SOF");
        configured.put(Groups.BUF, "gg-tvaers-sof");

        assertThatThrownBy(() -> GroupMapping.of(configured))
                .isInstanceOf(LdapConfigurationException.class)
                .hasMessageStartingWith("tvaers.ldap.group-mapping: ")
                .hasMessageContaining("'sagsbehandler' is no Tværs group")
                .hasMessageContaining("'gg-tvaers-sof' is mapped to both 'sof' and 'buf'");
    }
}
