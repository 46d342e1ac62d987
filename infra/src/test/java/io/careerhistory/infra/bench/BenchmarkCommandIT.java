package io.careerhistory.infra.bench;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark end to end at a toy size: every row of the table the issue asks for, with a figure in it. */
class BenchmarkCommandIT {

    @Test
    void printsBothEnginesSideBySideWithTheCeilingAndTheCostPerEvent() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exit = BenchmarkCommand.run(new String[]{"bench", "--sizes=200,400", "--rounds=1", "--warm-up=0",
                "--stock-timeout=20"}, new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        List<String> table = Arrays.stream(printed.toString(StandardCharsets.UTF_8).split("\n"))
                                   .filter(line -> line.startsWith("| ")).toList();
        // Each figure is a median with the range of the runs behind it, even from one round: a small store is appended
        // three times a round, and replayed and read three times; the raw insert runs once a round.
        String figure = "[\\d,]+ \\([\\d,]+–[\\d,]+\\)";
        String ratio = "\\d+\\.\\d\\d× \\(\\d+\\.\\d\\d–\\d+\\.\\d\\d×\\)";
        String share = "\\d+% \\(\\d+–\\d+%\\)";
        for (String size : List.of("200", "400")) {
            assertThat(row(table, "append, 1 writer", size)).matches(cells(figure, figure, ratio));
            assertThat(row(table, "append, 4 writers", size)).matches(cells(figure, figure, ratio));
            assertThat(row(table, "replay through a streaming processor", size)).matches(cells(figure, ".+", ".+"));
            assertThat(row(table, "raw driver insert", size)).as("once a round").matches(cells("[\\d,]+", "", ""));
            for (String read : List.of("raw BSON", "decoded")) {
                assertThat(row(table, "raw driver _id $in read of the same documents, " + read + " (ceiling), one batch"
                                      + " at a time / 3 at once", size))
                        .matches(cells(figure + " / " + figure, "", ""));
                assertThat(row(table, "replay as share of the " + read + " read ceiling, one batch at a time / 3 at once",
                               size))
                        .matches(cells(share + " / " + share, "", ""));
            }
        }
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("Cost per event of this engine at 400 events relative to 200")
                .containsPattern("replay +\\d+\\.\\d\\d×");
    }

    /** A table row whose last three cells match these patterns. */
    private static String cells(String ours, String stock, String ratio) {
        return ".*\\| " + ours + " \\| " + stock + " \\| " + ratio + " \\|";
    }

    private static String row(List<String> table, String measurement, String size) {
        return table.stream().filter(line -> line.startsWith("| " + measurement) && line.contains("| " + size + " |"))
                    .reduce((first, last) -> last).orElseThrow(() -> new AssertionError(
                            "no row '" + measurement + "' at " + size + " in\n" + String.join("\n", table)));
    }
}
