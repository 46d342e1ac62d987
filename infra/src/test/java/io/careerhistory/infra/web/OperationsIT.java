package io.careerhistory.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.careerhistory.infra.Eventually;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What operations watch: per-projection lag and state, business counters, and health of MongoDB and each processor. */
class OperationsIT extends ApiIntegrationTest {

    private String prometheus() {
        return api.as(TestUsers.ADMIN).send("GET", "/actuator/prometheus", null).body();
    }

    private static double value(String scrape, String series) {
        Matcher found = Pattern.compile("^" + Pattern.quote(series) + " ([0-9.E+-]+)$", Pattern.MULTILINE).matcher(scrape);
        return found.find() ? Double.parseDouble(found.group(1)) : -1;
    }

    @Test
    void prometheusShowsProjectionLagAndStateAndCountsCompletionsAsTheyAreRecorded() {
        double before = Math.max(0, value(prometheus(), "career_completions_total{source=\"recorded\"}"));
        String learner = api.hire("Counted Learner");
        api.call("POST", "/api/employees/" + learner + "/course-completions",
                 ApiClient.completion("counted", LocalDate.parse("2024-03-05"), null));

        String scrape = Eventually.await(this::prometheus,
                                         s -> value(s, "career_completions_total{source=\"recorded\"}") >= before + 1,
                                         Duration.ofSeconds(15));
        assertThat(value(scrape, "career_projection_lag{projection=\"timeline\"}")).isGreaterThanOrEqualTo(0);
        assertThat(scrape).contains("career_projection_running{projection=\"timeline\"}",
                                    "career_projection_rebuild_percent{projection=\"search\"}",
                                    "career_projection_rebuilding{projection=\"readiness\"}");
    }

    @Test
    void healthCoversMongoDbAndEveryProcessor() {
        JsonNode health = api.as(null).call("GET", "/actuator/health", null).body();
        assertThat(health.at("/components/mongo/status").asText()).isEqualTo("UP");
        JsonNode processors = health.at("/components/processors");
        assertThat(processors.get("status").asText()).isEqualTo("UP");
        assertThat(processors.get("details").has("timeline")).isTrue();
        assertThat(processors.get("details").has("business-metrics")).isTrue();
    }
}
