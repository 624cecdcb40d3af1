package dk.tvaers.process;

import dk.tvaers.kernel.EngineDates;
import dk.tvaers.kernel.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;

/** A day a form or an API client sent: a date, or text starting yyyy-MM-dd; anything else names the field. */
final class FormDay {

    static LocalDate of(Object value, String field) {
        if (value == null) {
            return null;
        }
        if (value instanceof Date date) {
            return EngineDates.day(date);
        }
        String text = value.toString();
        try {
            return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "Datoen skal skrives som ÅÅÅÅ-MM-DD");
        }
    }

    private FormDay() {}
}
