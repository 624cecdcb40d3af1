package dk.tvaers.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Slows password guessing down without handing anyone a way to lock others out.
 *
 * <p>Camunda's own login lock counts wrong passwords per user: anyone who knows a user id can keep her out, for good
 * after {@code loginMaxAttempts} failures, and otherwise by one wrong password whenever the last delay runs out. That
 * holds for the only administrator too. Here wrong passwords count per user <em>and</em> client address (an IPv6
 * address by its /64 network). A wrong password delays the next check of that user's password from that address: 3 s,
 * then 6, 12 … up to a maximum of a few minutes, never for good. Her attempts from another address (her own desk, an
 * administrator's) are not delayed.
 *
 * <p>While a check is delayed the password is not checked at all: the answer is the one for a wrong password, so a guess
 * learns nothing, and the attempt does not count. After a wrong password only one check at a time runs for that user
 * and address, so a burst of parallel guesses gets one guess. A right password forgets the failures, so does an
 * administrator's unlock, and so do 24 hours without a wrong password. At most {@value #MAX_ENTRIES} user and address
 * pairs are remembered; beyond that the ones not delayed are forgotten first.
 */
public class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

    static final int MAX_ENTRIES = 100_000;
    static final Duration FORGET_AFTER = Duration.ofDays(1);
    /** A check under way longer than this is taken as abandoned. */
    static final Duration CHECK_TIMEOUT = Duration.ofSeconds(30);
    /** The source of a password check outside an HTTP request. */
    static final String NO_ADDRESS = "-";

    private final Duration base;
    private final Duration max;
    private final Clock clock;
    private final Map<Key, Failures> failures = new ConcurrentHashMap<>();

    /**
     * @param base the delay after the first wrong password; it doubles with every further one (zero: no delay)
     * @param max the longest delay
     */
    public LoginThrottle(Duration base, Duration max, Clock clock) {
        this.base = base;
        this.max = max;
        this.clock = clock;
    }

    /**
     * Whether the user's password may be checked now from the source; if so, the caller reports the outcome with
     * {@link #succeeded}, {@link #failed} or {@link #abandoned}.
     */
    public boolean tryBegin(String user, String source) {
        Instant now = clock.instant();
        boolean[] delayed = {false};
        failures.computeIfPresent(new Key(user, source), (key, f) -> {
            if (now.isBefore(f.lockedUntil) || (f.checking != null && now.isBefore(f.checking.plus(CHECK_TIMEOUT)))) {
                delayed[0] = true;
                return f;
            }
            if (!now.isBefore(f.last.plus(FORGET_AFTER))) {
                return null;
            }
            f.checking = now;
            return f;
        });
        return !delayed[0];
    }

    /** The right password: the failures of the user from the source are forgotten. */
    public void succeeded(String user, String source) {
        failures.remove(new Key(user, source));
    }

    /** A wrong password: the next check of the user's password from the source waits. */
    public void failed(String user, String source) {
        Instant now = clock.instant();
        Failures f = failures.compute(new Key(user, source), (key, known) -> {
            Failures next = known == null ? new Failures() : known;
            next.count++;
            next.last = now;
            next.checking = null;
            next.lockedUntil = now.plus(delay(next.count));
            return next;
        });
        LOG.info(
                "Wrong password for the user '{}' from {} ({} in a row): the next check from there waits {}",
                user,
                source,
                f.count,
                delay(f.count));
        if (failures.size() > MAX_ENTRIES) {
            prune(now);
        }
    }

    /** A check that ended without an answer (the identity provider failed): the next check may start. */
    public void abandoned(String user, String source) {
        failures.computeIfPresent(new Key(user, source), (key, f) -> {
            f.checking = null;
            return f;
        });
    }

    /** Forgets every failure of the user, from every address: an administrator unlocked her. */
    public void forget(String user) {
        String id = normal(user);
        failures.keySet().removeIf(key -> key.user().equals(id));
    }

    /** The delay after the given number of wrong passwords in a row. */
    Duration delay(int count) {
        Duration delay = base.multipliedBy(1L << Math.min(Math.max(count - 1, 0), 30));
        return delay.compareTo(max) > 0 ? max : delay;
    }

    private void prune(Instant now) {
        failures.values().removeIf(f -> !now.isBefore(f.last.plus(FORGET_AFTER)));
        if (failures.size() > MAX_ENTRIES) {
            failures.values().removeIf(f -> !now.isBefore(f.lockedUntil));
        }
        for (Iterator<Key> it = failures.keySet().iterator(); failures.size() > MAX_ENTRIES && it.hasNext(); ) {
            it.next();
            it.remove();
        }
    }

    /** The client address of the HTTP request being served (behind a trusted proxy, the proxy's X-Forwarded-For). */
    public static String currentSource() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            return source(servlet.getRequest().getRemoteAddr());
        }
        return NO_ADDRESS;
    }

    /** An IPv4 address as it is; an IPv6 address by its /64 network, which one client usually holds whole. */
    static String source(String address) {
        if (address == null || address.isBlank()) {
            return NO_ADDRESS;
        }
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            // a literal with a colon is parsed as an IPv6 address, never looked up
            InetAddress parsed = InetAddress.getByName(address);
            if (parsed instanceof Inet6Address) {
                byte[] network = new byte[8];
                System.arraycopy(parsed.getAddress(), 0, network, 0, 8);
                return HexFormat.of().formatHex(network) + "/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }

    /** User ids compare without case: a directory matches MEHA to meha. */
    private static String normal(String user) {
        return user == null ? "" : user.toLowerCase(Locale.ROOT);
    }

    private record Key(String user, String source) {
        Key {
            user = normal(user);
        }
    }

    private static final class Failures {
        int count;
        Instant last;
        Instant lockedUntil;
        /** Since when a check after a failure is under way, or null. */
        Instant checking;
    }
}
