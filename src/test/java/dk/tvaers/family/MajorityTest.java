package dk.tvaers.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MajorityTest {

    @ParameterizedTest(name = "born {0}: of age {1}")
    @CsvSource({
        "2008-06-15, 2026-06-15",
        "2008-02-29, 2026-03-01", // born on a leap day, of age on 1 March in a year without one
        "2012-02-29, 2030-03-01",
        "2014-02-28, 2032-02-28",
        "2010-02-28, 2028-02-28",
        "2008-03-29, 2026-03-29" // the day Danish time moves to summer time
    })
    void theEighteenthBirthday(String born, String ofAge) {
        assertThat(Majority.eighteenthBirthday(LocalDate.parse(born))).isEqualTo(LocalDate.parse(ofAge));
    }
}
