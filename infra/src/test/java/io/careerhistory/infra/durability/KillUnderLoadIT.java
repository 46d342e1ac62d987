package io.careerhistory.infra.durability;

import com.fasterxml.jackson.databind.JsonNode;
import io.careerhistory.infra.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills the single node with SIGKILL while four writers are recording, restarts it on the same data directory, and
 * finds every acknowledged command's event, the projections converged, and nothing twice: not even the commands in
 * flight at the kill, once their senders retry them with the same Idempotency-Key (the key the dead node held is taken
 * over after {@code career.idempotency.abandoned-after}; a completion already recorded is refused as such).
 */
class KillUnderLoadIT {

    private static final int WRITERS = 4;
    private static final int KILL_AFTER_ACKNOWLEDGED = 200;
    /** How long a key claimed by the killed node blocks its retry; two minutes by default, shorter for the test. */
    private static final String ABANDONED_AFTER = "--career.idempotency.abandoned-after=5s";

    @TempDir
    Path dir;

    /** What one writer knows after the kill: the courses acknowledged, and the one in flight when it died, if any. */
    private record Outcome(String employeeId, Set<String> acknowledged, String inFlight) {
    }

    @Test
    void acknowledgedCommandsSurviveAKillUnderLoadAndRetriesOfTheRestRecordThemOnce() throws Exception {
        Path data = dir.resolve("data");
        Path log = dir.resolve("jar.log");
        List<Outcome> outcomes = new ArrayList<>();
        try (RunningJar jar = RunningJar.start(data, log, ABANDONED_AFTER)) {
            List<String> employees = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                employees.add(hire(jar, w));
            }
            AtomicInteger acknowledged = new AtomicInteger();
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            List<Future<Outcome>> running = new ArrayList<>();
            for (String employee : employees) {
                running.add(writers.submit(() -> write(jar, employee, acknowledged)));
            }
            Eventually.await(acknowledged::get, n -> n >= KILL_AFTER_ACKNOWLEDGED, Duration.ofSeconds(120));
            jar.killHard(); // the writers are still sending
            for (Future<Outcome> writer : running) {
                outcomes.add(writer.get());
            }
            writers.shutdown();
        }

        try (RunningJar restarted = RunningJar.start(data, log, ABANDONED_AFTER)) {
            int retried = 0;
            for (Outcome outcome : outcomes) {
                if (outcome.inFlight() != null) {
                    HttpResponse<String> again = Eventually.await(() -> retry(restarted, outcome),
                                                                  r -> !r.body().contains("IDEMPOTENT_REQUEST_IN_PROGRESS"),
                                                                  Duration.ofSeconds(30));
                    // recorded now, or already before the kill (its answer lost): either way, once
                    assertThat(again.statusCode() == 201 || again.body().contains("COMPLETION_ALREADY_RECORDED"))
                            .as(() -> again.body() + restarted.loggedErrors()).isTrue();
                    retried++;
                }
            }
            int expected = 0;
            for (Outcome outcome : outcomes) {
                Set<String> courses = new HashSet<>(outcome.acknowledged());
                if (outcome.inFlight() != null) {
                    courses.add(outcome.inFlight());
                }
                expected += courses.size();
                JsonNode timeline = Eventually.await(() -> restarted.timeline(outcome.employeeId()),
                                                     t -> t != null && t.get("entries").size() == courses.size() + 1,
                                                     Duration.ofSeconds(60));
                Map<String, Integer> seen = new HashMap<>();
                timeline.get("entries").forEach(e -> {
                    if (e.get("kind").asText().equals("COURSE_COMPLETED")) {
                        seen.merge(e.at("/refs/courseId").asText(), 1, Integer::sum);
                    }
                });
                assertThat(seen.keySet()).isEqualTo(courses);
                assertThat(seen.values()).allMatch(times -> times == 1);
            }
            assertThat(expected).isGreaterThanOrEqualTo(KILL_AFTER_ACKNOWLEDGED);
            // The store holds exactly these, one event a commit: the framework, the hires, each completion once. A commit
            // that was in flight at the kill and never landed left a hole, filled with an aborted commit.
            JsonNode verified = restarted.getJson("/api/audit/verify");
            assertThat(verified.get("status").asText()).as(verified.toString()).isEqualTo("OK");
            assertThat(verified.get("commitsVerified").asLong() - verified.get("abortedCommits").asLong())
                    .as(verified.toString()).isEqualTo(1 + WRITERS + expected);
            assertThat(retried).as("every writer was cut off mid-way and retried").isEqualTo(WRITERS);
        }
    }

    private static String hire(RunningJar jar, int writer) throws Exception {
        return jar.hire("Writer " + writer, "writer-" + writer);
    }

    /** Records completions until the node dies; the one whose answer never came is in flight. */
    private static Outcome write(RunningJar jar, String employee, AtomicInteger acknowledged) {
        Set<String> done = ConcurrentHashMap.newKeySet();
        for (int i = 0; ; i++) {
            String course = "c-" + i;
            try {
                HttpResponse<String> recorded = complete(jar, employee, course);
                if (recorded.statusCode() != 201) {
                    throw new AssertionError("before the kill every completion is recorded: " + recorded.body());
                }
                done.add(course);
                acknowledged.incrementAndGet();
            } catch (IOException | InterruptedException died) {
                return new Outcome(employee, done, course);
            }
        }
    }

    private static HttpResponse<String> complete(RunningJar jar, String employee, String course)
            throws IOException, InterruptedException {
        return jar.send("POST", "/api/employees/" + employee + "/course-completions", """
                {"courseId":"%s","title":"Course %s","provider":"ACADEMY","skills":[],"hours":1,"completedOn":"%s"}
                """.formatted(course, course, LocalDate.of(2022, 1, 2)),
                        Map.of("Idempotency-Key", employee + "-" + course));
    }

    private static HttpResponse<String> retry(RunningJar jar, Outcome outcome) {
        try {
            return complete(jar, outcome.employeeId(), outcome.inFlight());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
