package dk.tvaers.security;

/** The ldap profile's configuration cannot work (no directory URL, a group mapping that names no Tværs group). */
public class LdapConfigurationException extends RuntimeException {
    public LdapConfigurationException(String message) {
        super(message);
    }
}
