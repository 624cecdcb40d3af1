package dk.tvaers.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RedactorTest {

    private final Redactor redactor =
            new Redactor("010203-4567", "Yusuf Hassan", Set.of("Amina Hassan", "Adam Hassan", "Bo Li"));

    @Test
    void othersNamesGoAndTheSharedFamilyNameStays() {
        assertThat(redactor.redact("Amina Hassan og Adam talte med Yusuf Hassan. Adams skole og amina's job."))
                .isEqualTo("[udeladt] og [udeladt] talte med Yusuf Hassan. [udeladt] skole og [udeladt] job.");
    }

    @Test
    void shortNamePartsGoOnlyAsTheWholeName() {
        assertThat(redactor.redact("Bo Li kom. Bo kom ikke, en bog blev læst."))
                .isEqualTo("[udeladt] kom. Bo kom ikke, en bog blev læst.");
    }

    @Test
    void everyCprNumberButTheOwnGoesWithOrWithoutDash() {
        assertThat(redactor.redact("0102034567, 010203-4567, 120375-1234 og 1203751234 men ikke 12345678901"))
                .isEqualTo("0102034567, 010203-4567, [udeladt] og [udeladt] men ikke 12345678901");
    }

    @Test
    void nothingIsNothing() {
        assertThat(redactor.redact(null)).isNull();
    }
}
