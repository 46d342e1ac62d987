package io.careerhistory.infra.operations;

import io.careerhistory.infra.Eventually;
import io.careerhistory.infra.durability.RunningJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar's log, as an operator reads it: a first start on a fresh data directory warns only about what the
 * operator must act on (a secret or a password generated for them, shown once), a restart warns about nothing, and
 * neither logs an error, with a command recorded and projected in between; and it says when it is ready, and where.
 */
class StartUpLogIT {

    private static final Pattern WARNING_OR_ERROR = Pattern.compile(" (WARN|ERROR) ");
    private static final Pattern FOR_THE_OPERATOR =
            Pattern.compile("Generated a secret in |Generated password for user ");

    @TempDir
    Path dir;

    @Test
    void aFirstStartWarnsOnlyAboutWhatTheOperatorMustKeepAndARestartAboutNothing() throws Exception {
        Path first = dir.resolve("first.log");
        Path second = dir.resolve("second.log");
        runOnce(first, "startup-log");
        runOnce(second, "startup-log-again");

        List<String> firstWarnings = warningsIn(first);
        assertThat(firstWarnings).as("the first start's log").isNotEmpty()
                                 .allMatch(line -> FOR_THE_OPERATOR.matcher(line).find());
        assertThat(warningsIn(second)).as("the restart's log").isEmpty();
        assertThat(Files.readString(first)).contains("career-history is ready at http://localhost:");
    }

    private void runOnce(Path log, String loginName) throws Exception {
        try (RunningJar jar = RunningJar.start(dir.resolve("data"), log)) {
            String id = jar.hire("Start Up", loginName);
            Eventually.await(() -> jar.timeline(id), t -> t != null && t.get("entries").size() == 1,
                             Duration.ofSeconds(30));
        } // a graceful stop: what shutting down logs counts too
    }

    private static List<String> warningsIn(Path log) throws Exception {
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> WARNING_OR_ERROR.matcher(line).find()).toList();
        }
    }
}
