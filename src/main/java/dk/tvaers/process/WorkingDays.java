package dk.tvaers.process;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import dk.tvaers.kernel.EngineDates;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Working days in Denmark: not Saturday or Sunday, not a Danish public holiday (from the maintained jollyday holiday
 * calendar: New Year's Day, Maundy Thursday, Good Friday, Easter Sunday and Monday, Ascension Day, Whit Sunday and
 * Monday, Christmas Day and Boxing Day; Store Bededag no longer from 2024), and not one of the municipality's own
 * closing days ({@code tvaers.working-days.closing-days}, MM-DD: by default Grundlovsdag, juleaftensdag and
 * nytårsaftensdag). The models read {@code ${workingDays.receiptDue(receivedAt)}} for the receipt to a professional
 * reporter of concern ({@link ProcessDeadlines#concernReceipt()} working days).
 */
@Component(WorkingDays.BEAN)
public class WorkingDays {

    /** The name the models use in expressions. */
    public static final String BEAN = "workingDays";

    private static final HolidayManager DENMARK =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.DENMARK));

    private final List<MonthDay> closingDays;
    private final ProcessDeadlines deadlines;
    private final ZoneId zone;

    @Autowired
    WorkingDays(
            ProcessDeadlines deadlines,
            @Value("${tvaers.working-days.closing-days:06-05,12-24,12-31}") List<String> closingDays) {
        this(deadlines, closingDays.stream().map(WorkingDays::monthDay).toList(), EngineDates.zone());
    }

    public WorkingDays(ProcessDeadlines deadlines, List<MonthDay> closingDays, ZoneId zone) {
        this.deadlines = deadlines;
        this.closingDays = List.copyOf(closingDays);
        this.zone = zone;
    }

    /** Whether the day is a working day. */
    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY
                && weekday != DayOfWeek.SUNDAY
                && !DENMARK.isHoliday(day, HolidayType.PUBLIC_HOLIDAY)
                && !closingDays.contains(MonthDay.from(day));
    }

    /** The {@code count}th working day after {@code day} (the day itself does not count). */
    public LocalDate plusWorkingDays(LocalDate day, int count) {
        LocalDate result = day;
        int left = count;
        while (left > 0) {
            result = result.plusDays(1);
            if (isWorkingDay(result)) {
                left--;
            }
        }
        return result;
    }

    /**
     * When the receipt to a professional reporter is due: the end of the {@link ProcessDeadlines#concernReceipt()}th
     * working day after the day the report was received (an ISO instant), that is the start of the next day.
     */
    public Date receiptDue(String receivedAt) {
        LocalDate received = Instant.parse(receivedAt).atZone(zone).toLocalDate();
        LocalDate last = plusWorkingDays(received, deadlines.concernReceipt().getDays());
        return Date.from(last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private static MonthDay monthDay(String text) {
        return MonthDay.parse("--" + text.strip());
    }
}
