package io.careerhistory.infra.eventstore;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoredTimestampsTest {

    @Test
    void readsWhatInstantWritesExactlyAsInstantParseDoes() {
        for (Instant instant : randomInstantsWithFractionsOfEveryLength(7)) {
            String text = instant.toString();

            assertThat(StoredTimestamps.parse(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void writesExactlyWhatInstantWritesAndReadsItBack() {
        for (Instant instant : randomInstantsWithFractionsOfEveryLength(11)) {
            assertThat(StoredTimestamps.format(instant)).isEqualTo(instant.toString());
            assertThat(StoredTimestamps.parse(StoredTimestamps.format(instant))).isEqualTo(instant);
        }
    }

    /** 100,000 instants in years 0000 to 9999, with no fraction and with 3, 6 and 9 fraction digits. */
    private static List<Instant> randomInstantsWithFractionsOfEveryLength(long seed) {
        Random random = new Random(seed);
        long from = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        List<Instant> instants = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            long seconds = from + (long) (random.nextDouble() * (to - from));
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            instants.add(Instant.ofEpochSecond(seconds, nanos));
        }
        return instants;
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "+10000-01-01T00:00:00Z",
            "-0001-12-31T23:59:59.100Z", "-1000000000-01-01T00:00:00Z", "+1000000000-12-31T23:59:59.999999999Z",
            "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.000001Z", "2024-02-29T12:00:00.010Z",
            "2026-11-26T12:24:23.000000100Z"})
    void writesTheEdgesOfTheRangeAsInstantDoes(String text) {
        Instant instant = Instant.parse(text);

        assertThat(StoredTimestamps.format(instant)).isEqualTo(instant.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-29T23:59:59.5Z", "1970-01-01T00:00:00Z", "2026-11-26T12:24:23.012511412Z",
            "2000-12-31T00:00:00.1234Z", "+10000-01-01T00:00:00Z", "2026-11-26T12:24:23.000Z",
            "2026-11-26T24:00:00Z", "2016-12-31T23:59:60Z", "2026-11-26T12:24:23.Z"})
    void agreesWithInstantParseOnEveryFormItMayMeet(String text) {
        assertThat(StoredTimestamps.parse(text)).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-26T12:60:00Z",
            "2026-11-26T12:24:23.1234567890Z", "2026-11-26 12:24:23Z", "2026-1a-26T12:24:23Z",
            "2026-11-26T12:24:23", "not a time"})
    void refusesWhatInstantParseRefuses(String text) {
        assertThatThrownBy(() -> Instant.parse(text)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> StoredTimestamps.parse(text)).isInstanceOf(DateTimeException.class);
    }
}
