package io.careerhistory.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.careerhistory.infra.web.ApiClient.Reply;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Readiness and the framework it is measured against, over HTTP. */
class ReadinessApiIT extends ApiIntegrationTest {

    /** Hires an Engineering E1 into a team of their own, so that the list can be filtered down to them. */
    private String hireIntoOwnTeam(String team) {
        String login = "ready." + UUID.randomUUID().toString().substring(0, 8);
        Reply hired = api.call("POST", "/api/employees", """
                {"name":"Ready Person","email":"%s@example.com","loginName":"%s","track":"Engineering","level":"E1",
                 "team":"%s","hiredOn":"2023-02-01"}""".formatted(login, login, team));
        assertThat(hired.status()).isEqualTo(201);
        return hired.body().get("employeeId").asText();
    }

    @Test
    void anEngineerWithTheCoursesAndTheMonthsIsReadyForTheNextLevelWithTheEvidenceShown() {
        String team = "Team-" + UUID.randomUUID();
        String id = hireIntoOwnTeam(team);
        String notYet = hireIntoOwnTeam(team);
        for (String course : new String[] {"k8s-101", "go-201"}) {
            assertThat(api.call("POST", "/api/employees/" + id + "/course-completions",
                                ApiClient.completion(course, LocalDate.parse("2023-06-01"), null)).status()).isEqualTo(201);
        }

        JsonNode readiness = api.getWhen("/api/employees/" + id + "/readiness", r -> "READY".equals(r.get("status").asText()));
        assertThat(readiness.get("level").asText()).isEqualTo("E1");
        assertThat(readiness.get("nextLevel").asText()).isEqualTo("E2");
        assertThat(readiness.get("frameworkVersion").asInt()).isEqualTo(1);
        assertThat(readiness.get("monthsInLevel").asInt()).as("computed from today's clock").isGreaterThanOrEqualTo(12);
        JsonNode courses = readiness.get("criteria").findParents("kind").stream()
                                    .filter(c -> c.get("kind").asText().equals("COURSES_COMPLETED")).findFirst().orElseThrow();
        assertThat(courses.get("met").asBoolean()).isTrue();
        assertThat(courses.get("evidence")).hasSize(2);

        JsonNode ready = api.getWhen("/api/readiness?status=READY&track=engineering&team=" + team, // any case
                                     r -> r.get("employees").size() == 1);
        assertThat(ready.get("employees").get(0).get("employeeId").asText()).isEqualTo(id);
        JsonNode all = api.getWhen("/api/readiness?team=" + team, r -> r.get("employees").size() == 2);
        assertThat(all.get("employees").findValuesAsText("employeeId")).contains(notYet);
    }

    @Test
    void anUnknownEmployeeHasNoReadinessAndABadStatusIsRefused() {
        assertThat(api.call("GET", "/api/employees/nobody/readiness", null).status()).isEqualTo(404);
        assertThat(api.call("GET", "/api/readiness?status=SOMEWHAT", null).status()).isEqualTo(400);
    }

    @Test
    void theFrameworkIsPublishedWholeAndAsInForceOnADate() {
        JsonNode published = api.getWhen("/api/framework", r -> r.get("versions").size() >= 1);
        assertThat(published.get("versions").get(0).get("version").asInt()).isEqualTo(1);

        JsonNode inForce = api.getWhen("/api/framework?on=2024-01-01", r -> r.get("version").asInt() == 1);
        assertThat(inForce.get("tracks").findValuesAsText("name")).contains("Engineering", "Product", "Design", "Data");
        assertThat(api.call("GET", "/api/framework?on=2019-12-31", null).status()).isEqualTo(404);
        assertThat(api.call("GET", "/api/framework?on=yesterday", null).status()).isEqualTo(400);
    }
}
