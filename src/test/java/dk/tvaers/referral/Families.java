package dk.tvaers.referral;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/** Test data: CPR numbers for a given date of birth. */
public final class Families {

    private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    /** A CPR number for the date of birth; the serial's first digit gives the century (CPR office rule). */
    public static String cpr(LocalDate dateOfBirth, int serial) {
        int century = dateOfBirth.getYear() < 2000 ? 1 : 4;
        if (dateOfBirth.getYear() > 2036 || dateOfBirth.getYear() < 1900) {
            century = 5;
        }
        return dateOfBirth.format(DDMMYY) + "-" + century + "%03d".formatted(serial % 1000);
    }

    /** Born the given number of years (and some days) before today. */
    public static LocalDate aged(int years) {
        return LocalDate.now().minusYears(years).minusDays(20);
    }

    /**
     * The CPR number of someone of the given age that no other call in this test JVM returns (the shared database
     * refuses a second open adult course for the same person).
     */
    public static String uniqueCpr(int years) {
        int n = UNIQUE.incrementAndGet();
        return cpr(aged(years).minusDays(n % 300), 700 + n);
    }

    private Families() {}
}
