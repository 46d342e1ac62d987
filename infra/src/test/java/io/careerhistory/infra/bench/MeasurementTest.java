package io.careerhistory.infra.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MeasurementTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aSummaryIsTheMedianWithTheSlowestAndFastestRun() {
        List<Measurement> runs = List.of(Measurement.of(3_000, SECOND), Measurement.of(1_000, SECOND),
                                         Measurement.of(2_000, SECOND));

        assertThat(Measurement.summary(runs)).isEqualTo(String.format("%,d (%,d–%,d)", 2_000, 1_000, 3_000));
    }

    @Test
    void oneRunHasNoRange() {
        assertThat(Measurement.summary(List.of(Measurement.of(1_500, SECOND)))).isEqualTo(String.format("%,d", 1_500));
    }

    @Test
    void aRunThatDidNotFinishCountsAsTheSlowestAndLeavesOutTheRangeWhenItIsTheMedian() {
        Measurement timedOut = Measurement.timedOut(40, Duration.ofMinutes(10));

        assertThat(Measurement.summary(List.of(timedOut, Measurement.of(900, SECOND))))
                .isEqualTo(String.format("%,d", 900));
        assertThat(Measurement.summary(List.of(timedOut, timedOut, Measurement.of(900, SECOND))))
                .isEqualTo("did not finish in 10 min (40 events)");
    }
}
