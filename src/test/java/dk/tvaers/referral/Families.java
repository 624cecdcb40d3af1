package dk.tvaers.referral;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Test data: CPR numbers for a given date of birth. */
final class Families {

    private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");

    /** A CPR number for the date of birth; the serial's first digit gives the century (CPR office rule). */
    static String cpr(LocalDate dateOfBirth, int serial) {
        int century = dateOfBirth.getYear() < 2000 ? 1 : 4;
        if (dateOfBirth.getYear() > 2036 || dateOfBirth.getYear() < 1900) {
            century = 5;
        }
        return dateOfBirth.format(DDMMYY) + "-" + century + "%03d".formatted(serial % 1000);
    }

    /** Born the given number of years (and some days) before today. */
    static LocalDate aged(int years) {
        return LocalDate.now().minusYears(years).minusDays(20);
    }

    private Families() {}
}
