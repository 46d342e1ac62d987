package io.careerhistory.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Search over HTTP, on the same key lookups as on a real MongoDB. */
class SearchApiIT extends ApiIntegrationTest {

    @Test
    void findsAPersonByThePrefixOfTheirNameAndFiltersByTeamAndTrack() {
        String surname = "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String id = api.hire("Searchable " + surname);

        JsonNode found = api.getWhen("/api/search?q=" + surname.substring(0, 6).toLowerCase(),
                                     r -> r.get("results").size() == 1);
        JsonNode hit = found.get("results").get(0);
        assertThat(hit.get("type").asText()).isEqualTo("person");
        assertThat(hit.get("id").asText()).isEqualTo(id);
        assertThat(hit.get("label").asText()).isEqualTo("Searchable " + surname);
        assertThat(hit.get("detail").asText()).as("tells apart two of one name").isEqualTo("Engineering E3 · Payments");

        assertThat(api.getWhen("/api/search?q=" + surname + "&team=Payments&track=Engineering&level=E3",
                               r -> r.get("results").size() == 1).get("results").get(0).get("id").asText()).isEqualTo(id);
        assertThat(api.call("GET", "/api/search?q=" + surname + "&team=Elsewhere", null).body().get("results")).isEmpty();
    }

    @Test
    void findsWhoCompletedACourseAndDidARotationIntoATeam() {
        String unique = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String both = api.hire("Rotating Learner");
        String courseOnly = api.hire("Course Only");
        for (String learner : new String[] {both, courseOnly}) {
            assertThat(api.call("POST", "/api/employees/" + learner + "/course-completions", """
                    {"courseId":"%s","title":"Kubernetes %s","provider":"ACADEMY","skills":["kubernetes"],"hours":6,
                     "completedOn":"2024-03-05"}""".formatted(unique, unique)).status()).isEqualTo(201);
        }
        assertThat(api.call("POST", "/api/employees/" + both + "/rotations", """
                {"hostTeam":"Design %s","hostTrack":"Design","plannedStart":"2024-06-01","plannedEnd":"2024-09-01",
                 "proposedOn":"2024-04-01"}""".formatted(unique)).status()).isEqualTo(201);

        // the course's words and the rotation's (its team is "Design <unique>", its track Design)
        JsonNode found = api.getWhen("/api/search?q=" + unique + "%20kubernetes%20design&limit=5",
                                     r -> r.get("results").size() == 1);
        assertThat(found.get("results").get(0).get("id").asText()).isEqualTo(both);
        assertThat(found.get("results").get(0).get("label").asText()).isEqualTo("Rotating Learner");
        assertThat(api.getWhen("/api/search?q=" + unique + "&limit=10", r -> r.get("results").size() == 4)
                      .get("results").findValuesAsText("id")).contains(both, courseOnly);
    }

    @Test
    void aQueryWithoutAUsableWordIsRefused() {
        assertThat(api.call("GET", "/api/search?q=a", null).status()).isEqualTo(400);
        assertThat(api.call("GET", "/api/search", null).status()).isEqualTo(400);
        assertThat(api.call("GET", "/api/search?q=ada&limit=0", null).status()).isEqualTo(400);
    }
}
