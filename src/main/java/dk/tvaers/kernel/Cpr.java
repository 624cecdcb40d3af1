package dk.tvaers.kernel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Danish CPR number. It lives only in the case tables: {@link #toString()} and every error message show it masked
 * ({@code ddmmyy-xxxx}), never whole. The date of birth is derived from it with the century rule of the CPR office;
 * the modulus-11 check is not required, since numbers issued from 2007 need not pass it.
 */
public final class Cpr {

    private static final Pattern FORMAT = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})-?(\\d{4})");

    private final String digits;
    private final LocalDate dateOfBirth;

    private Cpr(String digits, LocalDate dateOfBirth) {
        this.digits = digits;
        this.dateOfBirth = dateOfBirth;
    }

    /**
     * Reads "ddmmyy-ssss" or "ddmmyyssss".
     *
     * @throws InvalidInputException naming the field "cpr", without the number
     */
    public static Cpr parse(String text) {
        if (text == null) {
            throw new InvalidInputException("cpr", "CPR-nummer mangler");
        }
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            throw new InvalidInputException("cpr", "CPR-nummeret skal have formen ddmmåå-xxxx");
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int yy = Integer.parseInt(m.group(3));
        String serial = m.group(4);
        int year = century(Character.digit(serial.charAt(0), 10), yy) + yy;
        try {
            return new Cpr(m.group(1) + m.group(2) + m.group(3) + serial, LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            throw new InvalidInputException("cpr", "CPR-nummerets første seks cifre er ikke en gyldig dato");
        }
    }

    /** The century of the birth year, from the serial's first digit and the two-digit year (CPR office rule). */
    static int century(int seventhDigit, int yy) {
        return switch (seventhDigit) {
            case 0, 1, 2, 3 -> 1900;
            case 4, 9 -> yy <= 36 ? 2000 : 1900;
            default -> yy <= 57 ? 2000 : 1800;
        };
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    /** Whether the number passes the old modulus-11 check (informational: not required since 2007). */
    public boolean passesModulus11() {
        int[] weights = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += Character.digit(digits.charAt(i), 10) * weights[i];
        }
        return sum % 11 == 0;
    }

    /** The whole number, for the case tables only. */
    public String value() {
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }

    /** The number as it may be shown: ddmmyy-xxxx. */
    public String masked() {
        return digits.substring(0, 6) + "-xxxx";
    }

    @Override
    public String toString() {
        return masked();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cpr cpr && cpr.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }
}
