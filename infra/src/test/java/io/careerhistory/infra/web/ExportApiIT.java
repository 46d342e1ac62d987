package io.careerhistory.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.careerhistory.infra.web.ApiClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/export/events}: NDJSON, CSV and CloudEvents; as recorded for auditors, pseudonymized for analysts. */
class ExportApiIT extends ApiIntegrationTest {

    private static final String HIRED = "io.careerhistory.events.career.EmployeeHiredEvent";
    private static final String COMPLETED = "io.careerhistory.events.career.CourseCompletedEvent";
    private static final String FEEDBACK = "io.careerhistory.events.career.FeedbackReceivedEvent";

    private final ObjectMapper json = new ObjectMapper();
    private Instant start;
    private String name;
    private String id;
    private String courseId;

    /** Someone hired, with a completion and a piece of feedback whose words are theirs alone. */
    @BeforeEach
    void someoneWithAHistory() {
        start = Instant.now();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        name = "Exported " + unique;
        courseId = "export-" + unique;
        api.employeeOf(TestUsers.TESTER);
        id = api.hire(name);
        assertThat(api.call("POST", "/api/employees/" + id + "/course-completions",
                            ApiClient.completion(courseId, LocalDate.parse("2024-03-05"), null)).status()).isEqualTo(201);
        assertThat(api.call("POST", "/api/employees/" + id + "/feedback", """
                {"direction":"PEER","text":"feedback for %s","receivedOn":"2024-03-05"}""".formatted(name)).status())
                .isEqualTo(201);
    }

    private HttpResponse<String> export(String user, String query) {
        return api.as(user).send("GET", "/api/export/events" + query, null);
    }

    private List<JsonNode> lines(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : response.body().split("\n")) {
            if (!line.isBlank()) {
                lines.add(json.readTree(line));
            }
        }
        return lines;
    }

    @Test
    void auditorsGetTheEventsAsRecordedOneJsonObjectALineInStoreOrder() throws IOException {
        HttpResponse<String> response = export(TestUsers.AUDITOR, "?employee=" + id);

        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-ndjson");
        List<JsonNode> events = lines(response);
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly(HIRED, COMPLETED, FEEDBACK);
        assertThat(events).extracting(e -> e.get("subject").asText()).containsOnly(id);
        assertThat(events.get(0).get("payload").get("name").asText()).isEqualTo(name);
        assertThat(events.get(0).get("aggregateId").asText()).isEqualTo(id);
        assertThat(events.get(2).get("payload").get("text").asText()).isEqualTo("feedback for " + name);
        assertThat(events.get(2).get("actor").asText()).isEqualTo("employee:" + api.employeeOf(TestUsers.TESTER));
        assertThat(events.get(0).get("position").asLong()).isLessThan(events.get(1).get("position").asLong());
        assertThat(Instant.parse(events.get(0).get("recordedAt").asText())).isAfterOrEqualTo(start.minusSeconds(1));
    }

    @Test
    void analystsGetStablePseudonymsAndNoPersonalFields() throws IOException {
        HttpResponse<String> all = export(TestUsers.ANALYST, "?from=" + start.minusSeconds(1));
        assertThat(all.body()).doesNotContain(id, name, "feedback for")
                              .doesNotContain("employee:" + api.employeeOf(TestUsers.TESTER));
        String pseudonym = lines(all).stream().filter(e -> e.get("type").asText().equals(COMPLETED))
                                     .filter(e -> e.get("payload").get("courseId").asText().equals(courseId))
                                     .map(e -> e.get("subject").asText()).findFirst().orElseThrow();
        assertThat(pseudonym).startsWith("p-");

        List<JsonNode> theirs = lines(export(TestUsers.ANALYST, "?employee=" + pseudonym));
        assertThat(theirs).extracting(e -> e.get("type").asText()).containsExactly(HIRED, COMPLETED, FEEDBACK);
        assertThat(theirs.get(0).get("payload").has("name")).isFalse();
        assertThat(theirs.get(0).get("payload").has("email")).isFalse();
        assertThat(theirs.get(0).get("payload").get("employeeId").asText()).isEqualTo(pseudonym);
        assertThat(theirs.get(0).get("aggregateId").asText()).isEqualTo(pseudonym);
        assertThat(theirs.get(2).get("payload").has("text")).isFalse();
        assertThat(lines(export(TestUsers.ANALYST, "?employee=" + id))).as("a real id finds nothing").isEmpty();
    }

    @Test
    void csvHasAHeaderAndOneQuotedRowAnEvent() {
        HttpResponse<String> response = export(TestUsers.AUDITOR, "?format=csv&employee=" + id);

        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String[] rows = response.body().split("\r\n");
        assertThat(rows[0]).isEqualTo("position,eventId,type,aggregateType,aggregateId,sequence,recordedAt,subject,actor,payload");
        assertThat(rows).hasSize(4);
        assertThat(rows[1]).contains("," + HIRED + ",EmployeeCareer," + id + ",0,").contains("\"{\"\"employeeId\"\":");
    }

    @Test
    void cloudEventsCarryTypeSourceIdTimeAndTheEmployeeAsSubject() throws IOException {
        HttpResponse<String> response = export(TestUsers.AUDITOR, "?format=cloudevents&employee=" + id);

        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/cloudevents-batch+json");
        JsonNode batch = json.readTree(response.body());
        assertThat(batch).hasSize(3);
        JsonNode hired = batch.get(0);
        assertThat(hired.get("specversion").asText()).isEqualTo("1.0");
        assertThat(hired.get("type").asText()).isEqualTo(HIRED);
        assertThat(hired.get("source").asText()).isEqualTo("/career-history/EmployeeCareer");
        assertThat(hired.get("subject").asText()).isEqualTo(id);
        assertThat(hired.get("id").asText()).isNotBlank();
        assertThat(Instant.parse(hired.get("time").asText())).isNotNull();
        assertThat(hired.get("data").get("name").asText()).isEqualTo(name);
    }

    @Test
    void filtersByTypeAndTimeAndRefusesBadParametersWithAProblem() throws IOException {
        assertThat(lines(export(TestUsers.AUDITOR, "?type=CourseCompletedEvent&employee=" + id)))
                .extracting(e -> e.get("type").asText()).containsExactly(COMPLETED);
        assertThat(lines(export(TestUsers.AUDITOR, "?type=CourseCompletedEvent&type=" + HIRED + "&employee=" + id)))
                .hasSize(2);
        assertThat(lines(export(TestUsers.AUDITOR, "?to=" + start.minusSeconds(3600) + "&employee=" + id))).isEmpty();

        for (String bad : List.of("?format=xml", "?from=yesterday", "?from=2025-01-02&to=2025-01-01",
                                  "?type=CourseCompleted")) {
            Reply reply = api.as(TestUsers.AUDITOR).call("GET", "/api/export/events" + bad, null);
            assertThat(reply.status()).as(bad).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.as(TestUsers.AUDITOR).call("GET", "/api/export/events?format=xml", null).body().get("detail")
                      .asText()).isEqualTo("format must be one of [ndjson, csv, cloudevents], not 'xml'");
        assertThat(api.as(TestUsers.AUDITOR).call("GET", "/api/export/events?type=CourseCompleted&type=Hired", null)
                      .body().get("detail").asText())
                .isEqualTo("type must name an event class, such as CourseCompletedEvent, not 'CourseCompleted', 'Hired'");
    }
}
