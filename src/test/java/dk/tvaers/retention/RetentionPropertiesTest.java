package dk.tvaers.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import org.junit.jupiter.api.Test;

class RetentionPropertiesTest {

    @Test
    void unsetValuesTakeTheDefaults() {
        RetentionProperties properties = new RetentionProperties(null, " ", null);

        assertThat(properties.closedCasePeriod()).isEqualTo(Period.ofYears(5));
        assertThat(properties.schedule()).isEqualTo("0 30 2 * * *");
        assertThat(properties.batchSize()).isEqualTo(100);
    }

    @Test
    void aPeriodThatIsNotPositiveIsRefused() {
        assertThatThrownBy(() -> new RetentionProperties(Period.ZERO, null, null))
                .hasMessageContaining("closed-case-period");
        assertThatThrownBy(() -> new RetentionProperties(Period.ofYears(-1), null, null))
                .hasMessageContaining("closed-case-period");
        assertThatThrownBy(() -> new RetentionProperties(null, null, 0)).hasMessageContaining("batch-size");
    }
}
