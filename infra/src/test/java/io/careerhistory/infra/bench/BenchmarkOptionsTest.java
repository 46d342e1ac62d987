package io.careerhistory.infra.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchmarkOptionsTest {

    @Test
    void defaultsToTheSizesAndTimeLimitOfTheIssue() {
        BenchmarkOptions options = BenchmarkOptions.parse(new String[]{"bench"});
        assertThat(options.sizes()).containsExactly(10_000, 200_000);
        assertThat(options.stockTimeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(options.fileBackend()).isFalse();
        assertThat(options.includeStock()).isTrue();
        assertThat(options.rounds()).isEqualTo(3);
        assertThat(options.warmUpRounds()).isEqualTo(6);
    }

    @Test
    void readsEveryOption() {
        BenchmarkOptions options = BenchmarkOptions.parse(
                new String[]{"bench", "--sizes=2000,20_000", "--stock-timeout=60", "--backend=file", "--no-stock", "--rounds=5", "--warm-up=0"});
        assertThat(options.sizes()).isEqualTo(List.of(2000, 20_000));
        assertThat(options.stockTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.fileBackend()).isTrue();
        assertThat(options.includeStock()).isFalse();
        assertThat(options.rounds()).isEqualTo(5);
        assertThat(options.warmUpRounds()).isZero();
    }

    @Test
    void rejectsBadInputWithAMessageThatSaysWhatIsAllowed() {
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[]{"bench", "--sizes=10k"}))
                .hasMessageContaining("--sizes takes positive whole numbers, not '10k'");
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[]{"bench", "--stock-timeout=-5"}))
                .hasMessageContaining("--stock-timeout");
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[]{"bench", "--warm-up=-1"}))
                .hasMessageContaining("--warm-up takes a whole number, 0 or more, not '-1'");
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[]{"bench", "--fast"}))
                .hasMessageContaining("unknown option --fast");
    }

    @Test
    void theCommandLineExitsNonZeroOnBadInput() {
        assertThat(BenchmarkCommand.run(new String[]{"bench", "--fast"})).isEqualTo(2);
    }
}
