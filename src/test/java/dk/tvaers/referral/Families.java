package dk.tvaers.referral;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
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

    /**
     * A referral to POST /api/cases of a family whose eldest, Yusuf Hassan, is a young adult: a parent (member 0), the
     * young adult (member 1) and a child (member 2).
     */
    public static Map<String, Object> familyWithYoungAdult(String district, String youngAdultCpr) {
        return Map.of(
                "district",
                district,
                "referral",
                Map.of(
                        "source",
                        "POLICE",
                        "concern",
                        "Den ældste er dømt for vold.",
                        "sspCategory",
                        4,
                        "awarenessDate",
                        LocalDate.now().minusDays(2).toString()),
                "members",
                List.of(
                        Map.of("name", "Amina Hassan", "cpr", cpr(LocalDate.of(1975, 3, 12), 234), "role", "PARENT"),
                        Map.of("name", "Yusuf Hassan", "cpr", youngAdultCpr, "role", "YOUNG_ADULT"),
                        Map.of("name", "Adam Hassan", "cpr", cpr(aged(9), 602), "role", "CHILD")));
    }

    private Families() {}
}
