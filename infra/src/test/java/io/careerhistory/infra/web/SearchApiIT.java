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

        assertThat(api.getWhen("/api/search?q=" + surname + "&team=Payments&track=Engineering&level=E3",
                               r -> r.get("results").size() == 1).get("results").get(0).get("id").asText()).isEqualTo(id);
        assertThat(api.call("GET", "/api/search?q=" + surname + "&team=Elsewhere", null).body().get("results")).isEmpty();
    }

    @Test
    void aQueryWithoutAUsableWordIsRefused() {
        assertThat(api.call("GET", "/api/search?q=a", null).status()).isEqualTo(400);
        assertThat(api.call("GET", "/api/search", null).status()).isEqualTo(400);
        assertThat(api.call("GET", "/api/search?q=ada&limit=0", null).status()).isEqualTo(400);
    }
}
