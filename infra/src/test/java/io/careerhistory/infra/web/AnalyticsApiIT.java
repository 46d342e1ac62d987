package io.careerhistory.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The analytics over HTTP: aggregates from a view fed by the events, for analysts, naming nobody. */
class AnalyticsApiIT extends ApiIntegrationTest {

    @Test
    void learningHoursFollowTheCompletionsRecordedAndNameNoOne() {
        String id = api.hire("Counted Learner");
        api.call("POST", "/api/employees/" + id + "/course-completions",
                 ApiClient.completion("analytics-101", LocalDate.parse("2019-02-10"), null));

        JsonNode hours = api.as(TestUsers.ANALYST).getWhen("/api/analytics/learning-hours",
                                                           h -> h.get("learningHours").toString().contains("2019-Q1"));
        JsonNode q1 = hours.get("learningHours").findParents("quarter").stream()
                           .filter(h -> h.get("quarter").asText().equals("2019-Q1")).findFirst().orElseThrow();
        assertThat(q1.get("team").asText()).isEqualTo("Payments");
        assertThat(q1.get("hours").asDouble()).isGreaterThanOrEqualTo(6.0);
        assertThat(hours.toString()).doesNotContain(id).doesNotContain("Counted Learner");
    }

    @Test
    void everyAnalyticAnswersInAggregate() {
        JsonNode velocity = api.as(TestUsers.ANALYST).call("GET", "/api/analytics/promotion-velocity", null).body();
        JsonNode programs = api.as(TestUsers.ANALYST).call("GET", "/api/analytics/program-outcomes", null).body();
        JsonNode impact = api.as(TestUsers.ANALYST).call("GET", "/api/analytics/adverse-impact", null).body();

        assertThat(velocity.has("velocity")).isTrue();
        assertThat(programs.get("programs").findValuesAsText("program")).containsExactly("mentorship", "rotation");
        assertThat(impact.get("minimumGroupSize").asInt()).isEqualTo(5);
        assertThat(impact.get("threshold").asDouble()).isEqualTo(0.8);
    }

    @Test
    void eachAnalyticAnswersAsItStoodOnABusinessDate() {
        String id = api.hire("Dated Learner");
        api.call("POST", "/api/employees/" + id + "/course-completions",
                 ApiClient.completion("analytics-2011", LocalDate.parse("2011-05-10"), null));
        ApiClient analyst = api.as(TestUsers.ANALYST);
        analyst.getWhen("/api/analytics/learning-hours", h -> h.get("learningHours").toString().contains("2011-Q2"));

        assertThat(analyst.call("GET", "/api/analytics/learning-hours?asOf=2011-05-10", null).body().toString())
                .contains("2011-Q2");
        assertThat(analyst.call("GET", "/api/analytics/learning-hours?asOf=2011-05-09", null).body().toString())
                .doesNotContain("2011-Q2");
        for (String analytic : new String[] {"promotion-velocity", "program-outcomes", "adverse-impact"}) {
            assertThat(analyst.call("GET", "/api/analytics/" + analytic + "?asOf=2011-05-09", null).status())
                    .as(analytic).isEqualTo(200);
        }
        ApiClient.Reply badDate = analyst.call("GET", "/api/analytics/adverse-impact?asOf=2011-13-01", null);
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body().get("detail").asText()).contains("asOf");
    }
}
