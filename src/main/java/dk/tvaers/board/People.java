package dk.tvaers.board;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The staff's display names ("Mette Hansen") for their logins, from Camunda's identity service (its own users, or the
 * municipality's LDAP). Read as the system: a caseworker may not read other users' profiles in the engine, but the
 * board and the case page name the colleagues she works with. Only names, never other profile fields.
 */
@Component
public class People {

    private final IdentityService identity;

    public People(IdentityService identity) {
        this.identity = identity;
    }

    /** Each known login's display name; an unknown login is left out (the caller shows the login). */
    public Map<String, String> names(Collection<String> userIds) {
        List<String> ids = userIds.stream()
                .filter(id -> id != null && !id.isBlank())
                .distinct()
                .toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        asSystem(() -> identity.createUserQuery()
                        .userIdIn(ids.toArray(String[]::new))
                        .list())
                .forEach(user -> names.put(user.getId(), name(user)));
        return names;
    }

    /** The logins whose login or display name contains the text, ignoring case: the board's filter by name. */
    public List<String> matching(String text, Collection<String> userIds) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        Map<String, String> names = names(userIds);
        return userIds.stream()
                .filter(id -> id != null
                        && (id.toLowerCase(Locale.ROOT).equals(wanted)
                                || names.getOrDefault(id, "")
                                        .toLowerCase(Locale.ROOT)
                                        .contains(wanted)))
                .distinct()
                .toList();
    }

    static String name(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                        + (user.getLastName() == null ? "" : user.getLastName()))
                .strip();
        return name.isEmpty() ? user.getId() : name;
    }

    private <T> T asSystem(java.util.function.Supplier<T> read) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return read.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }
}
