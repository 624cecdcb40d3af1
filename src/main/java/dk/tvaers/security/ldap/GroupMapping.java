package dk.tvaers.security.ldap;

import dk.tvaers.kernel.Groups;
import dk.tvaers.security.LdapConfigurationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which directory group is which Tværs group. A municipality names its directory groups its own way (GG-Tvaers-SOF);
 * tasks, filters and authorizations use the Tværs ids (sof). Configured as Tværs id → directory group id (the value of
 * the group id attribute, cn by default); blank entries are left out. With no entry at all, each Tværs group is the
 * directory group of the same name. Only mapped groups exist for the engine: the directory's other groups stay
 * hidden. Directory ids compare without regard to case, as LDAP does; Tværs ids are exact.
 */
public final class GroupMapping {

    private final Map<String, String> tvaersToDirectory;
    private final Map<String, String> directoryToTvaers;

    private GroupMapping(Map<String, String> tvaersToDirectory) {
        this.tvaersToDirectory = Collections.unmodifiableMap(tvaersToDirectory);
        Map<String, String> reverse = new LinkedHashMap<>();
        tvaersToDirectory.forEach((tvaers, directory) -> reverse.put(key(directory), tvaers));
        this.directoryToTvaers = Collections.unmodifiableMap(reverse);
    }

    /** The Tværs groups a directory group can stand for: the administrations, the roles, the administrators. */
    public static List<String> tvaersGroupIds() {
        List<String> ids = new ArrayList<>();
        Groups.all().forEach(group -> ids.add(group.id()));
        ids.add(Groups.ADMIN);
        return ids;
    }

    /**
     * Reads the configured mapping (Tværs id → directory group id).
     *
     * @throws LdapConfigurationException naming every unknown Tværs id and every directory group mapped twice
     */
    public static GroupMapping of(Map<String, String> configured) {
        List<String> known = tvaersGroupIds();
        Map<String, String> mapping = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        Map<String, String> entries = configured == null ? Map.of() : configured;
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            String tvaers = entry.getKey();
            String directory = entry.getValue() == null ? "" : entry.getValue().trim();
            if (directory.isEmpty()) {
                continue;
            }
            if (!known.contains(tvaers)) {
                problems.add("'" + tvaers + "' is no Tværs group (known: " + String.join(", ", known) + ")");
                continue;
            }
            String earlier = seen.putIfAbsent(key(directory), tvaers);
            if (earlier != null) {
                problems.add("the directory group '" + directory + "' is mapped to both '" + earlier + "' and '"
                        + tvaers + "'");
                continue;
            }
            mapping.put(tvaers, directory);
        }
        if (!problems.isEmpty()) {
            throw new LdapConfigurationException("tvaers.ldap.group-mapping: " + String.join("; ", problems));
        }
        if (mapping.isEmpty()) {
            known.forEach(id -> mapping.put(id, id));
        }
        return new GroupMapping(mapping);
    }

    /** The Tværs group a directory group stands for, if any. */
    public Optional<String> toTvaers(String directoryGroupId) {
        return directoryGroupId == null
                ? Optional.empty()
                : Optional.ofNullable(directoryToTvaers.get(key(directoryGroupId)));
    }

    /** The directory group that stands for a Tværs group, if any. */
    public Optional<String> toDirectory(String tvaersGroupId) {
        return Optional.ofNullable(tvaersToDirectory.get(tvaersGroupId));
    }

    /** Every mapped directory group id, as configured. */
    public Collection<String> directoryGroupIds() {
        return tvaersToDirectory.values();
    }

    /** Tværs id → directory group id, in configuration order. */
    public Map<String, String> asMap() {
        return tvaersToDirectory;
    }

    /** The Tværs groups no directory group stands for. */
    public Set<String> unmapped() {
        Set<String> unmapped = new TreeSet<>(tvaersGroupIds());
        unmapped.removeAll(tvaersToDirectory.keySet());
        return unmapped;
    }

    private static String key(String directoryGroupId) {
        return directoryGroupId.toLowerCase(Locale.ROOT);
    }
}
