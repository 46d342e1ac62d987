package io.careerhistory.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import io.careerhistory.command.career.EmployeeCareer;
import io.careerhistory.infra.web.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EmployeeApiIT extends ApiIntegrationTest {

    @Autowired
    MongoDatabase database;

    private Reply call(String method, String path, String body) {
        return api.call(method, path, body);
    }

    private String hire(String name) {
        return api.hire(name);
    }

    private static String completion(String courseId, LocalDate on, String sourceRef) {
        return ApiClient.completion(courseId, on, sourceRef);
    }

    private JsonNode timelineWhen(String employeeId, String query, int entries) {
        return api.timelineWhen(employeeId, query, entries);
    }

    @Test
    void hiringThenRecordingACompletionShowsBothOnTheTimelineInBusinessTimeOrder() {
        String id = hire("Ada Lovelace");

        Reply recorded = call("POST", "/api/employees/" + id + "/course-completions",
                              completion("k8s-101", LocalDate.parse("2024-03-05"), "lms-1"));
        assertThat(recorded.status()).isEqualTo(201);
        assertThat(recorded.body().get("completionId").asText()).isNotBlank();
        call("POST", "/api/employees/" + id + "/course-completions", completion("go-201", LocalDate.parse("2023-06-01"), null));

        JsonNode timeline = timelineWhen(id, "", 3);
        assertThat(timeline.get("employeeId").asText()).isEqualTo(id);
        List<String> kinds = new ArrayList<>();
        timeline.get("entries").forEach(e -> kinds.add(e.get("kind").asText() + "@" + e.get("occurredOn").asText()));
        assertThat(kinds).containsExactly("HIRED@2023-02-01", "COURSE_COMPLETED@2023-06-01", "COURSE_COMPLETED@2024-03-05");
        assertThat(timeline.get("entries").get(2).get("title").asText()).isEqualTo("Completed Course k8s-101");
        assertThat(timeline.get("next").isNull()).isTrue();
    }

    /** A fact is recorded once it has happened; "today" is today where it begins first (UTC+14). */
    @Test
    void aFactDatedAfterTodayIsRefusedAndNothingIsRecorded() {
        String id = hire("Not Yet");
        LocalDate latestToday = LocalDate.now(ZoneOffset.ofHours(14));

        Reply tomorrow = call("POST", "/api/employees/" + id + "/course-completions",
                              completion("k8s-101", latestToday.plusDays(1), "lms-future"));
        assertThat(tomorrow.status()).isEqualTo(400);
        assertThat(tomorrow.body().at("/errors/0/field").asText()).isEqualTo("completedOn");
        assertThat(tomorrow.body().get("detail").asText())
                .isEqualTo("completedOn must not be in the future (after " + latestToday
                                   + "): a fact is recorded once it has happened");
        Reply talk = call("POST", "/api/employees/" + id + "/tech-talks", """
                {"title":"Tomorrow's talk","venue":"Tech Talks","givenOn":"%s"}""".formatted(latestToday.plusDays(7)));
        assertThat(talk.status()).isEqualTo(400);
        assertThat(talk.body().at("/errors/0/field").asText()).isEqualTo("givenOn");

        assertThat(call("POST", "/api/employees/" + id + "/course-completions",
                        completion("k8s-101", latestToday, "lms-today")).status()).isEqualTo(201);
        // a plan may lie ahead, and a departure may be dated ahead (notice given)
        assertThat(call("POST", "/api/employees/" + id + "/rotations", """
                {"hostTeam":"Design Systems","hostTrack":"Engineering","plannedStart":"%s","plannedEnd":"%s",
                 "proposedOn":"2024-01-02"}""".formatted(latestToday.plusMonths(1), latestToday.plusMonths(4)))
                           .status()).isEqualTo(201);
        assertThat(call("POST", "/api/employees/" + id + "/departure", """
                {"departedOn":"%s"}""".formatted(latestToday.plusMonths(1))).status()).isEqualTo(201);
        assertThat(ApiClient.kinds(timelineWhen(id, "", 4)))
                .containsExactly("HIRED", "ROTATION_PROPOSED", "COURSE_COMPLETED", "DEPARTED");
    }

    @Test
    void theSignedInUserIsRecordedOnTheCommitAsTheActorByEmployeeIdNeverByLogin() {
        String tester = api.employeeOf(TestUsers.TESTER);
        String id = hire("Acted Upon");

        org.bson.Document commit = database.getCollection("commits")
                                           .find(com.mongodb.client.model.Filters.eq("streamKeys", id + ":0")).first();
        assertThat(commit.getString("actor")).isEqualTo("employee:" + tester);
        assertThat(commit.getString("correlationId")).isNotBlank();
    }

    @Test
    void filtersTheTimelineByKindAndDateRange() {
        String id = hire("Grace Hopper");
        for (int month = 1; month <= 6; month++) {
            call("POST", "/api/employees/" + id + "/course-completions",
                 completion("c" + month, LocalDate.of(2024, month, 10), null));
        }
        timelineWhen(id, "", 7);

        JsonNode filtered = timelineWhen(id, "?kind=COURSE_COMPLETED&from=2024-02-01&to=2024-04-30", 3);
        assertThat(filtered.get("entries").get(0).get("occurredOn").asText()).isEqualTo("2024-02-10");
        assertThat(timelineWhen(id, "?kind=HIRED", 1).get("entries").get(0).get("kind").asText()).isEqualTo("HIRED");
    }

    @Test
    void pagesWithACursorFiftyEntriesByDefault() {
        String id = hire("Paged Person");
        for (int day = 0; day < 119; day++) {
            assertThat(call("POST", "/api/employees/" + id + "/course-completions",
                            completion("course-" + day, LocalDate.of(2024, 1, 1).plusDays(day), null)).status())
                    .isEqualTo(201);
        }
        timelineWhen(id, "?limit=500", 120); // the projection has caught up: pages are stable from here
        JsonNode first = timelineWhen(id, "", 50);
        String next = first.get("next").asText();
        JsonNode second = timelineWhen(id, "?cursor=" + next, 50);
        JsonNode third = timelineWhen(id, "?cursor=" + second.get("next").asText(), 20);
        assertThat(third.get("next").isNull()).isTrue();
        assertThat(second.get("entries").get(0).get("occurredOn").asText())
                .isGreaterThan(first.get("entries").get(49).get("occurredOn").asText());
        assertThat(timelineWhen(id, "?limit=500", 120).get("next").isNull()).isTrue();

        // The aggregate was snapshotted along the way (threshold 10), and its rules still hold after loading one.
        assertThat(database.getCollection("snapshots").countDocuments(com.mongodb.client.model.Filters.eq("_id", id)))
                .isEqualTo(1);
        org.bson.Document snapshot = database.getCollection("snapshots").find(com.mongodb.client.model.Filters.eq("_id", id)).first();
        // what the snapshot filter compares: snapshots of another revision of the aggregate are not loaded
        assertThat(snapshot.getString("type")).isEqualTo("EmployeeCareer");
        assertThat(snapshot.getString("payloadRevision")).isEqualTo(EmployeeCareer.SNAPSHOT_REVISION);
        Reply duplicate = call("POST", "/api/employees/" + id + "/course-completions",
                               completion("course-3", LocalDate.of(2024, 1, 4), null));
        assertThat(duplicate.status()).isEqualTo(409);

        Reply tooMany = call("GET", "/api/employees/" + id + "/timeline?limit=501", null);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.contentType()).startsWith("application/problem+json");
        assertThat(call("GET", "/api/employees/" + id + "/timeline?cursor=garbage!", null).status()).isEqualTo(400);
    }

    @Test
    void badInputGetsAProblemThatNamesTheField() {
        Reply missingName = call("POST", "/api/employees", """
                {"email":"x@example.com","loginName":"x.y","track":"Engineering","level":"E3","team":"Payments","hiredOn":"2023-02-01"}
                """);
        assertThat(missingName.status()).isEqualTo(400);
        assertThat(missingName.contentType()).startsWith("application/problem+json");
        assertThat(missingName.body().get("errors").get(0).get("field").asText()).isEqualTo("name");

        Reply badEmail = call("POST", "/api/employees", """
                {"name":"X","email":"not-an-email","loginName":"x.y","track":"Engineering","level":"E3","team":"Payments","hiredOn":"2023-02-01"}
                """);
        assertThat(badEmail.body().get("errors").get(0).get("field").asText()).isEqualTo("email");

        String id = hire("Input Checker");
        Reply badProvider = call("POST", "/api/employees/" + id + "/course-completions",
                                 completion("x", LocalDate.parse("2024-01-01"), null).replace("ACADEMY", "YOUTUBE"));
        assertThat(badProvider.status()).isEqualTo(400);
        assertThat(badProvider.body().get("detail").asText()).contains("provider").contains("ACADEMY");

        Reply badDate = call("POST", "/api/employees/" + id + "/course-completions",
                             completion("x", LocalDate.parse("2024-01-01"), null).replace("2024-01-01", "yesterday"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body().get("errors").get(0).get("field").asText()).isEqualTo("completedOn");

        assertThat(call("POST", "/api/employees", "{not json").status()).isEqualTo(400);
        timelineWhen(id, "", 1); // nothing but the hire was recorded
    }

    @Test
    void anUnknownEmployeeIsNotFound() {
        Reply completion = call("POST", "/api/employees/no-such-person/course-completions",
                                completion("x", LocalDate.parse("2024-01-01"), null));
        assertThat(completion.status()).isEqualTo(404);
        assertThat(completion.contentType()).startsWith("application/problem+json");
        assertThat(call("GET", "/api/employees/no-such-person/timeline", null).status()).isEqualTo(404);
    }

    @Test
    void aDuplicateCompletionIsAConflictAndRecordsNothing() {
        String id = hire("Dup Licate");
        assertThat(call("POST", "/api/employees/" + id + "/course-completions",
                        completion("k8s", LocalDate.parse("2024-05-01"), "lms-42")).status()).isEqualTo(201);

        Reply sameCourseAndDate = call("POST", "/api/employees/" + id + "/course-completions",
                                       completion("k8s", LocalDate.parse("2024-05-01"), null));
        assertThat(sameCourseAndDate.status()).isEqualTo(409);
        assertThat(sameCourseAndDate.body().get("code").asText()).isEqualTo("COMPLETION_ALREADY_RECORDED");

        Reply sameSourceRef = call("POST", "/api/employees/" + id + "/course-completions",
                                   completion("other", LocalDate.parse("2024-06-01"), "lms-42"));
        assertThat(sameSourceRef.status()).isEqualTo(409);
        assertThat(sameSourceRef.body().get("code").asText()).isEqualTo("SOURCE_REFERENCE_ALREADY_RECORDED");

        assertThat(call("POST", "/api/employees/" + id + "/course-completions",
                        completion("k8s", LocalDate.parse("2024-07-01"), null)).status()).isEqualTo(201);
        timelineWhen(id, "", 3);
    }

    @Test
    void actuatorExposesOnlyHealthInfoMetricsAndPrometheus() {
        assertThat(call("GET", "/actuator/health", null).body().get("status").asText()).isEqualTo("UP");
        hire("Metric Maker");
        HttpResponse<String> prometheus = api.send("GET", "/actuator/prometheus", null);
        assertThat(prometheus.statusCode()).isEqualTo(200);
        // Axon's dimensional metrics, tagged by message type and outcome
        assertThat(prometheus.body()).contains("commandBus_successCounter_total{payloadType=\"HireEmployeeCommand\"}");
        assertThat(call("GET", "/actuator/metrics", null).status()).isEqualTo(200);
        assertThat(call("GET", "/actuator/env", null).status()).isEqualTo(404);
        assertThat(call("GET", "/actuator/beans", null).status()).isEqualTo(404);
    }
}
