package dk.tvaers.family;

import java.time.LocalDate;

/** When a child comes of age. */
public final class Majority {

    public static final int AGE = 18;

    /**
     * The 18th birthday. Someone born on 29 February comes of age on 1 March when the year has no 29 February, as
     * Danish practice counts it.
     */
    public static LocalDate eighteenthBirthday(LocalDate dateOfBirth) {
        LocalDate birthday = dateOfBirth.plusYears(AGE);
        boolean leapDay = dateOfBirth.getMonthValue() == 2 && dateOfBirth.getDayOfMonth() == 29;
        return leapDay && !birthday.isLeapYear() ? birthday.plusDays(1) : birthday;
    }

    private Majority() {}
}
