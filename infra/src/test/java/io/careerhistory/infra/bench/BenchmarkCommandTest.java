package io.careerhistory.infra.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BenchmarkCommandTest {

    @Test
    void appendsASmallStoreSeveralTimesARoundUpToThree() {
        assertThat(BenchmarkCommand.appendPairsPerRound(10_000)).isEqualTo(3);
        assertThat(BenchmarkCommand.appendPairsPerRound(15_000)).isEqualTo(2);
        assertThat(BenchmarkCommand.appendPairsPerRound(30_000)).isEqualTo(1);
        assertThat(BenchmarkCommand.appendPairsPerRound(200_000)).isEqualTo(1);
        assertThat(BenchmarkCommand.appendPairsPerRound(200)).as("at most three").isEqualTo(3);
    }
}
