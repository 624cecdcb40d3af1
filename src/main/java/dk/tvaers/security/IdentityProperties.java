package dk.tvaers.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The administrator created at first start, and whether the demo users exist.
 *
 * @param admin the administrator account (id and password) created when no administrator exists
 * @param demo whether the demo profile's users are created
 */
@ConfigurationProperties("tvaers")
public record IdentityProperties(Admin admin, Demo demo) {

    public IdentityProperties {
        admin = admin == null ? new Admin("admin", "") : admin;
        demo = demo == null ? new Demo(false, List.of()) : demo;
    }

    public record Admin(String id, String password) {}

    /** A demo user: id, first and last name, the groups she belongs to. */
    public record DemoUser(String id, String firstName, String lastName, List<String> groups) {}

    public record Demo(boolean enabled, List<DemoUser> users) {
        public Demo {
            users = users == null ? List.of() : users;
        }
    }
}
