package io.careerhistory.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.careerhistory.infra.web.ApiClient.Reply;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Timelines and readiness as they stood: on a business date ({@code asOf}), or as the store knew them ({@code knownAt}). */
class AsOfApiIT extends ApiIntegrationTest {

    private String complete(String id, String courseId, String on) {
        Reply recorded = api.call("POST", "/api/employees/" + id + "/course-completions",
                                  ApiClient.completion(courseId, LocalDate.parse(on), null));
        assertThat(recorded.status()).isEqualTo(201);
        return recorded.body().get("completionId").asText();
    }

    private static boolean counts(JsonNode readiness, String courseId) {
        return readiness.get("criteria").findValues("evidence").stream()
                        .anyMatch(evidence -> evidence.findValuesAsText("id").stream().anyMatch(id -> id.contains(courseId))
                                || evidence.toString().contains(courseId));
    }

    @Test
    void askedAsKnownBetweenACompletionAndItsRetractionTheCompletionCountsAskedAfterItDoesNot() throws Exception {
        String id = api.hire("Known Then");
        String completion = complete(id, "k8s-asof", "2024-03-05");
        api.timelineWhen(id, "", 2);
        // The readiness view follows on its own processor: wait for it too, not only for the timeline.
        api.getWhen("/api/employees/" + id + "/readiness?asOf=2024-06-30", r -> counts(r, "k8s-asof"));
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        assertThat(api.call("POST", "/api/employees/" + id + "/course-completions/" + completion + "/retraction", """
                {"reason":"recorded for the wrong person","retractedOn":"2024-04-01"}""").status()).isEqualTo(201);
        JsonNode now = api.timelineWhen(id, "", 3);
        JsonNode readinessNow = api.getWhen("/api/employees/" + id + "/readiness?asOf=2024-06-30",
                                            r -> !counts(r, "k8s-asof"));

        JsonNode then = api.call("GET", "/api/employees/" + id + "/timeline?knownAt=" + between, null).body();
        assertThat(ApiClient.kinds(then)).containsExactly("HIRED", "COURSE_COMPLETED");
        assertThat(then.get("entries").get(1).get("details").has("retractedOn")).isFalse();
        assertThat(ApiClient.kinds(now)).contains("COMPLETION_RETRACTED");
        assertThat(now.toString()).contains("retractedOn");

        JsonNode readinessThen = api.call("GET", "/api/employees/" + id + "/readiness?asOf=2024-06-30&knownAt=" + between,
                                          null).body();
        assertThat(counts(readinessThen, "k8s-asof")).as(readinessThen.toString()).isTrue();
        assertThat(counts(readinessNow, "k8s-asof")).as(readinessNow.toString()).isFalse();
    }

    @Test
    void asOfABusinessDateShowsWhatHadHappenedByThenAgainstTheFrameworkThenInForce() {
        String id = api.hire("Business Time");
        complete(id, "early-course", "2024-01-10");
        complete(id, "late-course", "2024-06-10");
        api.timelineWhen(id, "", 3);
        api.getWhen("/api/employees/" + id + "/readiness?asOf=2024-07-01", r -> counts(r, "late-course")); // own processor

        JsonNode timeline = api.call("GET", "/api/employees/" + id + "/timeline?asOf=2024-03-01", null).body();
        assertThat(ApiClient.kinds(timeline)).containsExactly("HIRED", "COURSE_COMPLETED");
        assertThat(timeline.toString()).contains("early-course").doesNotContain("late-course");

        JsonNode readiness = api.call("GET", "/api/employees/" + id + "/readiness?asOf=2024-03-01", null).body();
        assertThat(readiness.get("assessedOn").asText()).isEqualTo("2024-03-01");
        assertThat(readiness.get("frameworkVersion").asInt()).isEqualTo(1);
        assertThat(readiness.get("monthsInLevel").asInt()).isEqualTo(13); // hired 2023-02-01
        assertThat(counts(readiness, "early-course")).isTrue();
        assertThat(counts(readiness, "late-course")).isFalse();
    }

    @Test
    void aMomentThatIsNoMomentIsABadRequest() {
        String id = api.hire("Bad Moment");
        api.timelineWhen(id, "", 1);

        Reply reply = api.call("GET", "/api/employees/" + id + "/timeline?knownAt=last-tuesday", null);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().get("detail").asText())
                .isEqualTo("knownAt must be an ISO date (2025-06-30) or instant (2025-06-30T12:00:00Z), "
                                   + "not 'last-tuesday'");
        assertThat(api.call("GET", "/api/employees/" + id + "/readiness?asOf=30-06-2025", null).status()).isEqualTo(400);
        assertThat(api.call("GET", "/api/employees/" + id + "/timeline?knownAt=2000-01-01", null).body().get("entries"))
                .isEmpty();
    }

    @Test
    void askedAsKnownBeforeTheHireWasRecordedTheReadinessStillSaysWhomItIsAbout() {
        String id = api.hire("Not Yet Recorded");
        api.timelineWhen(id, "", 1);

        JsonNode before = api.call("GET", "/api/employees/" + id + "/readiness?asOf=2024-06-30&knownAt=2000-01-01", null)
                            .body();
        assertThat(before.get("status").asText()).isEqualTo("NOT_EMPLOYED");
        assertThat(before.get("employeeId").asText()).isEqualTo(id);
    }
}
