package io.careerhistory.infra.load;

import io.careerhistory.infra.CareerHistoryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code load} command line against the running application: a short run's figures, or a clear refusal. */
@CareerHistoryIntegrationTest
class LoadCommandIT {

    @LocalServerPort
    int port;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int load(String... args) {
        return LoadCommand.run(args, Map.of("CAREER_PASSWORD_TINA", "test-only-password",
                                            "CAREER_PASSWORD_ADAM", "test-only-password"),
                               new PrintStream(out, true, StandardCharsets.UTF_8),
                               new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static int number(String text, String pattern) {
        Matcher found = Pattern.compile(pattern).matcher(text);
        assertThat(found.find()).as(pattern + " in " + text).isTrue();
        return Integer.parseInt(found.group(1));
    }

    @Test
    void sendsMixedCommandsAndQueriesAtTheRateAndReportsLatenciesAndTheFinalLag() {
        int exit = load("load", "--url=http://localhost:" + port, "--user=tina", "--admin-user=adam", "--rate=20",
                        "--duration=3", "--employees=3", "--query-share=0.5", "--own-writes=1");

        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8) + report).isZero();
        assertThat(number(report, "requests: (\\d+) sent")).isEqualTo(60);
        assertThat(number(report, "(\\d+) answered")).isEqualTo(60);
        int commands = number(report, "commands +(\\d+): p50 +[0-9.]+ ms, p95 +[0-9.]+ ms, p99 +[0-9.]+ ms, 0 failed");
        int queries = number(report, "queries +(\\d+): p50 +[0-9.]+ ms, p95 +[0-9.]+ ms, p99 +[0-9.]+ ms, 0 failed");
        assertThat(commands + queries).isEqualTo(60);
        int ownWrites = number(report, "own write +(\\d+): p50 +[0-9.]+ ms, p95 +[0-9.]+ ms, p99 +[0-9.]+ ms, 0 failed");
        assertThat(ownWrites).as("a timeline read with each command's position").isEqualTo(commands);
        assertThat(commands).isPositive();
        assertThat(queries).isPositive();
        assertThat(report).containsPattern("[0-9.]+ requests/s achieved")
                          .containsPattern("projection lag at the end: \\d+ events.*all caught up");
    }

    @Test
    void badOptionsOrAUserWhoCannotReadTheLagAreRefusedWithAMessage() {
        assertThat(load("load", "--rate=fast")).isEqualTo(2);
        assertThat(load("load", "--query-share=2", "--user=tina")).isEqualTo(2);
        assertThat(load("load", "--url=http://localhost:" + port, "--user=tina", "--admin-user=tina",
                        "--admin-password=test-only-password", "--duration=1")).isEqualTo(2);
        assertThat(load("load", "--user=tina", "--admin-user=nobody")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--rate must be a positive number, not 'fast'")
                                                        .contains("--query-share must be a fraction from 0 to 1, not ")
                                                        .contains("cannot read the projections (403)")
                                                        .contains("set CAREER_PASSWORD_NOBODY");
    }
}
