package dk.tvaers.support;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * An in-memory LDAP server (UnboundID) with a small municipal Active Directory from {@code ldap/kommune.ldif}: no
 * schema checks, so it holds Active Directory's attributes (sAMAccountName, objectClass group) as they are.
 */
public final class TestDirectory implements AutoCloseable {

    public static final String BASE_DN = "DC=kommune,DC=dk";
    public static final String MANAGER_DN = "CN=svc-tvaers,OU=Servicekonti,DC=kommune,DC=dk";
    public static final String MANAGER_PASSWORD = "Service-2026!";
    /** The password of every person in the directory. */
    public static final String PASSWORD = "Sommer-2026!";

    private final InMemoryDirectoryServer server;

    private TestDirectory(InMemoryDirectoryServer server) {
        this.server = server;
    }

    /** Starts the directory on a free port. */
    public static TestDirectory start() {
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
            config.setSchema(null);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            try (InputStream ldif = TestDirectory.class.getResourceAsStream("/ldap/kommune.ldif")) {
                server.importFromLDIF(true, new LDIFReader(ldif));
            }
            server.startListening();
            return new TestDirectory(server);
        } catch (LDAPException e) {
            throw new IllegalStateException("The in-memory directory did not start", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "ldap://localhost:" + server.getListenPort();
    }

    public InMemoryDirectoryServer server() {
        return server;
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
