package io.careerhistory.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The auditors' verification of the store over HTTP (the tampering cases: TamperEvidenceIT). */
class AuditApiIT extends ApiIntegrationTest {

    @Test
    void anAuditorFindsTheStoreUnalteredAndOthersMayNotAsk() {
        api.hire("Audited Hire");

        ApiClient.Reply reply = api.as(TestUsers.AUDITOR).call("GET", "/api/audit/verify", null);
        assertThat(reply.status()).isEqualTo(200);
        JsonNode report = reply.body();
        assertThat(report.get("status").asText()).isEqualTo("OK");
        assertThat(report.get("commitsVerified").asLong()).isPositive();
        assertThat(api.as(TestUsers.EMPLOYEE).call("GET", "/api/audit/verify", null).status()).isEqualTo(403);
        assertThat(api.as(TestUsers.ADMIN).call("GET", "/api/audit/verify", null).status()).isEqualTo(403);
    }

    @Test
    void readsOfSomeonesFeedbackAndOfPromotionAuditsAreLoggedForAuditors() {
        String id = api.hire("Read About");
        api.timelineWhen(id, "", 1);
        assertThat(api.as(TestUsers.TALENT_PARTNER).call("GET", "/api/employees/" + id + "/timeline", null).status())
                .isEqualTo(200);
        assertThat(api.as(TestUsers.EMPLOYEE).call("GET", "/api/employees/" + id + "/timeline", null).status())
                .as("refused, so not a read").isEqualTo(403);
        api.call("GET", "/api/promotions/no-such-case/audit", null); // 404: nothing was read

        JsonNode reads = api.as(TestUsers.AUDITOR).call("GET", "/api/audit/reads?subject=" + id, null).body().get("reads");
        assertThat(reads.findValuesAsText("reader")).contains(TestUsers.TALENT_PARTNER).doesNotContain(TestUsers.EMPLOYEE);
        assertThat(reads.get(0).get("record").asText()).isEqualTo("timeline-with-feedback");
        assertThat(api.as(TestUsers.AUDITOR).call("GET", "/api/audit/reads?subject=no-such-case", null).body()
                      .get("reads")).isEmpty();
        assertThat(api.as(TestUsers.TALENT_PARTNER).call("GET", "/api/audit/reads", null).status()).isEqualTo(403);
    }
}
