package io.careerhistory.infra.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.careerhistory.infra.web.ApiClient.Reply;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read your own writes: a command's answer carries Career-Position, and a read sent with it as Career-Consistent-With
 * shows the command's effect on the first try, or says the views are behind.
 */
class ConsistentReadsIT extends ApiIntegrationTest {

    private static final String POSITION = "Career-Position";
    private static final String CONSISTENT_WITH = "Career-Consistent-With";

    @Autowired
    EventProcessingConfiguration processing;

    /** Someone hired, and the position of their hire. */
    private record Hired(String employeeId, String position) {
    }

    private Hired hire(String name) {
        String login = name.toLowerCase().replace(' ', '.');
        HttpResponse<String> hired = api.send("POST", "/api/employees", """
                {"name":"%s","email":"%s@example.com","loginName":"%s","track":"Engineering","level":"E3",
                 "team":"Payments","hiredOn":"2023-02-01"}""".formatted(name, login, login));
        assertThat(hired.statusCode()).as(hired.body()).isEqualTo(201);
        try {
            return new Hired(new ObjectMapper().readTree(hired.body()).get("employeeId").asText(), position(hired));
        } catch (JsonProcessingException e) {
            throw new AssertionError(hired.body(), e);
        }
    }

    private static String position(HttpResponse<String> answer) {
        return answer.headers().firstValue(POSITION).orElseThrow(() -> new AssertionError("no " + POSITION));
    }

    private Reply timelineAsOf(String employeeId, String position) {
        return api.call("GET", "/api/employees/" + employeeId + "/timeline", null, Map.of(CONSISTENT_WITH, position));
    }

    @Test
    void aReadSentWithACommandsPositionShowsTheCommandAtOnce() {
        Hired hired = hire("Consistent Reader");
        String employee = hired.employeeId();
        Reply first = timelineAsOf(employee, hired.position());
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("entries")).hasSize(1);

        long before = Long.parseLong(hired.position());
        for (int i = 1; i <= 10; i++) {
            HttpResponse<String> recorded = api.send("POST", "/api/employees/" + employee + "/course-completions",
                                                     ApiClient.completion("consistent-" + i, LocalDate.of(2024, 1, i),
                                                                          null));
            assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
            long position = Long.parseLong(position(recorded));
            assertThat(position).isGreaterThan(before);
            before = position;

            Reply read = timelineAsOf(employee, Long.toString(position));
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.body().get("entries")).as("the read after completion " + i).hasSize(1 + i);
        }
    }

    @Test
    void aRepeatedCommandIsAnsweredWithTheFirstPosition() {
        String employee = hire("Repeated Position").employeeId();
        Map<String, String> key = Map.of("Idempotency-Key", "consistent-reads-repeat");
        String completion = ApiClient.completion("repeat-101", LocalDate.of(2024, 3, 5), null);
        String path = "/api/employees/" + employee + "/course-completions";

        HttpResponse<String> first = api.send("POST", path, completion, key);
        HttpResponse<String> repeat = api.send("POST", path, completion, key);

        assertThat(repeat.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(position(repeat)).isEqualTo(position(first));
    }

    @Test
    void aPositionThatIsNoneOrNotYetRecordedIsRefused() {
        String employee = hire("Refused Position").employeeId();
        for (String position : new String[] {"abc", "-1", Long.toString(Long.MAX_VALUE)}) {
            Reply refused = timelineAsOf(employee, position);
            assertThat(refused.status()).as(position).isEqualTo(400);
            assertThat(refused.body().get("detail").asText()).contains(CONSISTENT_WITH);
        }
        assertThat(api.timelineWhen(employee, "", 1).get("entries")).hasSize(1);
    }

    @Test
    void aManagerReadsANewReportsTimelineAtOnceThoughTheAccessRuleReadsTheDirectory() throws Exception {
        String manager = api.employeeOf(TestUsers.MANAGER);
        HttpResponse<String> hired = api.send("POST", "/api/employees", """
                {"name":"New Report","email":"new.report@example.com","loginName":"new.report","track":"Engineering",
                 "level":"E3","team":"Payments","managerId":"%s","hiredOn":"2024-02-01"}""".formatted(manager));
        assertThat(hired.statusCode()).as(hired.body()).isEqualTo(201);
        String report = new ObjectMapper().readTree(hired.body()).get("employeeId").asText();

        Reply read = api.as(TestUsers.MANAGER).call("GET", "/api/employees/" + report + "/timeline", null,
                                                    Map.of(CONSISTENT_WITH, position(hired)));

        assertThat(read.status()).as("the manager's read, waited for before the access rule").isEqualTo(200);
        assertThat(read.body().get("entries")).hasSize(1);
    }

    @Test
    void aReadWaitsForTheViewsItAnswersFromAndSaysSoWhenOneCannotCatchUp() {
        String employee = hire("Behind Views").employeeId();
        StreamingEventProcessor analytics = processing.eventProcessor("analytics", StreamingEventProcessor.class)
                                                      .orElseThrow();
        analytics.shutDown();
        try {
            HttpResponse<String> recorded = api.send("POST", "/api/employees/" + employee + "/course-completions",
                                                     ApiClient.completion("behind-101", LocalDate.of(2024, 3, 5), null));
            Map<String, String> consistent = Map.of(CONSISTENT_WITH, position(recorded));

            Reply timeline = timelineAsOf(employee, position(recorded));
            assertThat(timeline.status()).as("the timeline does not wait for analytics").isEqualTo(200);
            assertThat(timeline.body().get("entries")).hasSize(2);

            HttpResponse<String> behind = api.send("GET", "/api/analytics/learning-hours", null, consistent);
            assertThat(behind.statusCode()).isEqualTo(503);
            assertThat(behind.headers().firstValue("Retry-After")).contains("1");
            assertThat(behind.body()).contains("/views-behind", "'analytics'");
        } finally {
            analytics.start();
        }
        api.getWhen("/api/analytics/learning-hours", body -> true);
    }
}
