package io.careerhistory.infra.projections;

import io.careerhistory.infra.CareerHistoryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code rebuild} command line against the running application: a progress bar to 100%, or a clear refusal. */
@CareerHistoryIntegrationTest
class RebuildCommandIT {

    @LocalServerPort
    int port;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int rebuild(String... args) {
        return RebuildCommand.run(args, Map.of("CAREER_PASSWORD_TESTER", "test-only-password"),
                                  new PrintStream(out, true, StandardCharsets.UTF_8),
                                  new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void drawsTheRebuildsProgressUntilItIsDone() {
        int exit = rebuild("rebuild", "directory", "--url=http://localhost:" + port, "--user=tester");

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("directory [").contains("100.0%")
                                                        .contains("rebuilt directory:");
    }

    @Test
    void anUnknownProjectionABadOptionOrNoPasswordIsRefusedWithAMessage() {
        assertThat(rebuild("rebuild", "nothing", "--url=http://localhost:" + port, "--user=tester")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("rebuild refused (404)").contains("No projection nothing");
        assertThat(rebuild("rebuild", "directory", "--colour=red")).isEqualTo(2);
        assertThat(rebuild("rebuild", "directory", "--user=nobody")).isEqualTo(2);
        assertThat(rebuild("rebuild")).isEqualTo(2);
        assertThat(rebuild("rebuild", "timeline", "search")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --colour=red")
                                                        .contains("no password for nobody")
                                                        .contains("rebuild: name the projection to rebuild\nusage:")
                                                        .contains("rebuild: one projection at a time, not 'timeline search'");
    }
}
