package io.careerhistory.infra.durability;

import com.fasterxml.jackson.databind.JsonNode;
import io.careerhistory.infra.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the packaged jar on the embedded default, writes through the HTTP API, kills it with SIGKILL right after
 * the last acknowledged write, restarts it on the same data directory and finds every acknowledged event, both in
 * the store and, exactly once each, in the timeline.
 */
class KillNineIT {

    private static final int COMPLETIONS = 300;

    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedEventSurvivesAKillNineAndIsProjectedExactlyOnce() throws Exception {
        Path log = dataDir.resolve("jar.log");
        String employeeId;
        try (RunningJar jar = RunningJar.start(dataDir.resolve("data"), log)) {
            employeeId = jar.hire("Kill Nine", "k9");
            for (int i = 0; i < COMPLETIONS; i++) {
                HttpResponse<String> recorded = jar.send("POST", "/api/employees/" + employeeId + "/course-completions", """
                        {"courseId":"c-%d","title":"Course %d","provider":"ACADEMY","skills":[],"hours":1,"completedOn":"%s"}
                        """.formatted(i, i, LocalDate.of(2022, 1, 2).plusDays(i)));
                assertThat(recorded.statusCode()).as(() -> recorded.body() + jar.loggedErrors()).isEqualTo(201);
            }
            jar.killHard(); // right after the last acknowledged response
        }

        try (RunningJar restarted = RunningJar.start(dataDir.resolve("data"), log)) {
            JsonNode info = restarted.getJson("/actuator/info");
            // the default framework's version 1, published at first start, then the hire and the completions
            assertThat(info.at("/eventStore/events").asLong()).isEqualTo(1 + 1 + COMPLETIONS);

            JsonNode timeline = Eventually.await(() -> restarted.timeline(employeeId),
                                                 t -> t != null && t.get("entries").size() == COMPLETIONS + 1,
                                                 Duration.ofSeconds(60));
            // The processor's token was stored in MongoDB and survived too: it resumes, it does not start over.
            JsonNode applied = Eventually.await(() -> info(restarted), i -> i.at("/processors/timeline/segments/0/caughtUp").asBoolean(),
                                                Duration.ofSeconds(30));
            assertThat(applied.at("/processors/timeline/segments/0/eventsSeen").asLong()).isEqualTo(1 + 1 + COMPLETIONS);
            Set<String> eventIds = new HashSet<>();
            timeline.get("entries").forEach(e -> eventIds.add(e.get("eventId").asText()));
            assertThat(eventIds).hasSize(COMPLETIONS + 1);
        }
    }

    private static JsonNode info(RunningJar jar) {
        try {
            return jar.getJson("/actuator/info");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
