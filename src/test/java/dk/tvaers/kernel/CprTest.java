package dk.tvaers.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CprTest {

    @ParameterizedTest(name = "{0} was born {1}")
    @CsvSource({
        "010203-0004, 1903-02-01", // 7th digit 0-3: 1900s
        "010203-3004, 1903-02-01",
        "010236-4004, 2036-02-01", // 4 and 9: 2000-2036, else 1900s
        "010237-4004, 1937-02-01",
        "311299-9004, 1999-12-31",
        "010110-9004, 2010-01-01",
        "010257-5004, 2057-02-01", // 5-8: 2000-2057, else 1858-1899
        "010258-8004, 1858-02-01",
        "290200-4004, 2000-02-29", // a leap day in a leap century year
        "1507094234, 2009-07-15" // without the hyphen
    })
    void derivesTheDateOfBirthWithTheCenturyRule(String cpr, LocalDate born) {
        assertThat(Cpr.parse(cpr).dateOfBirth()).isEqualTo(born);
    }

    @Test
    void modernNumbersWithoutTheModulus11CheckAreValid() {
        Cpr modern = Cpr.parse("150709-4234");
        assertThat(modern.passesModulus11()).isFalse();
        assertThat(modern.value()).isEqualTo("150709-4234");
        assertThat(modern.dateOfBirth()).isEqualTo(LocalDate.of(2009, 7, 15));
        assertThat(Cpr.parse("070761-4285").passesModulus11()).isTrue();
    }

    @Test
    void neverShowsTheWholeNumber() {
        Cpr cpr = Cpr.parse("150709-1234");
        assertThat(cpr.masked()).isEqualTo("150709-xxxx");
        assertThat(cpr.toString()).isEqualTo("150709-xxxx").doesNotContain("1234");
        assertThat(cpr).isEqualTo(Cpr.parse("1507091234")).hasSameHashCodeAs(Cpr.parse("1507091234"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "15070-1234", "150709_1234", "15070912345", "abcdef-1234", "150709--1234"})
    void refusesOtherFormatsWithoutEchoingTheInput(String text) {
        assertThatThrownBy(() -> Cpr.parse(text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("CPR-nummeret skal have formen ddmmåå-xxxx");
    }

    @ParameterizedTest
    @ValueSource(strings = {"290201-4004", "320109-1234", "011309-1234", "000109-1234", "290200-3004"})
    void refusesDatesThatDoNotExist(String text) {
        // 290200 with 7th digit 3 is 1900-02-29: 1900 was not a leap year
        assertThatThrownBy(() -> Cpr.parse(text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageNotContaining(text.substring(7))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("cpr"));
    }

    @Test
    void aMissingNumberIsNamed() {
        assertThatThrownBy(() -> Cpr.parse(null)).hasMessage("CPR-nummer mangler");
    }
}
