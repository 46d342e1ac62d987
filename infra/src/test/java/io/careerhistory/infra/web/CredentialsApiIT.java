package io.careerhistory.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.careerhistory.infra.web.ApiClient.Reply;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.SignatureException;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Open Badges 3.0 credentials: the OpenBadgeCredential's shape (VC data model 2.0), and its JWS verified with jjwt, a
 * library that has nothing to do with the Nimbus code that signs it, against the issuer's published public key.
 */
class CredentialsApiIT extends ApiIntegrationTest {

    private static final Map<String, String> JWT = Map.of("Accept", "application/vc+jwt");

    private String completionEvent(String employee, String courseId) {
        Reply recorded = api.call("POST", "/api/employees/" + employee + "/course-completions",
                                  ApiClient.completion(courseId, LocalDate.parse("2024-03-05"), null));
        assertThat(recorded.status()).isEqualTo(201);
        JsonNode timeline = api.timelineWhen(employee, "?kind=COURSE_COMPLETED", 1);
        return timeline.get("entries").get(0).get("eventId").asText();
    }

    private PublicKey issuerKey() throws Exception {
        HttpResponse<String> pem = api.send("GET", "/api/credentials/issuer-key.pem", null);
        assertThat(pem.statusCode()).isEqualTo(200);
        String base64 = pem.body().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    @Test
    void aCourseCompletionIsAnOpenBadgeCredentialForTheLearner() throws Exception {
        String employee = api.hire("Badge Holder");
        String eventId = completionEvent(employee, "k8s-badge");

        Reply reply = api.call("GET", "/api/employees/" + employee + "/credentials/" + eventId, null);
        assertThat(reply.status()).isEqualTo(200);
        JsonNode credential = reply.body().get("credential");
        assertThat(credential.get("@context").get(0).asText()).isEqualTo("https://www.w3.org/ns/credentials/v2");
        assertThat(credential.get("@context").toString()).contains("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        assertThat(credential.get("type").toString()).contains("VerifiableCredential", "OpenBadgeCredential");
        assertThat(credential.get("id").asText()).isEqualTo("urn:uuid:" + eventId);
        assertThat(credential.at("/issuer/type/0").asText()).isEqualTo("Profile");
        assertThat(credential.get("validFrom").asText()).isEqualTo("2024-03-05T00:00:00Z");
        JsonNode subject = credential.get("credentialSubject");
        assertThat(subject.at("/type/0").asText()).isEqualTo("AchievementSubject");
        assertThat(subject.at("/achievement/type/0").asText()).isEqualTo("Achievement");
        assertThat(subject.at("/achievement/achievementType").asText()).isEqualTo("Course");
        assertThat(subject.at("/achievement/name").asText()).isEqualTo("Course k8s-badge");
        assertThat(subject.at("/achievement/criteria/narrative").asText()).contains("Completed Course k8s-badge");

        // the learner is a salted hash of their address, as OB 3.0's IdentityObject defines it; never the address
        JsonNode identity = subject.get("identifier").get(0);
        assertThat(identity.get("identityType").asText()).isEqualTo("emailAddress");
        assertThat(identity.get("hashed").asBoolean()).isTrue();
        assertThat(reply.body().toString()).doesNotContain("@example.com");
    }

    @Test
    void theSignedCredentialVerifiesWithAnIndependentLibraryAndATamperedOneDoesNot() throws Exception {
        String employee = api.hire("Signed Badge");
        String eventId = completionEvent(employee, "signed-badge");

        HttpResponse<String> signed = api.send("GET", "/api/employees/" + employee + "/credentials/" + eventId, null, JWT);
        assertThat(signed.statusCode()).isEqualTo(200);
        assertThat(signed.headers().firstValue("Content-Type").orElse("")).startsWith("application/vc+jwt");
        String jwt = signed.body();

        Jws<Claims> verified = Jwts.parser().verifyWith(issuerKey()).build().parseSignedClaims(jwt);
        assertThat(verified.getHeader().getAlgorithm()).isEqualTo("RS256");
        assertThat(verified.getHeader().getType()).isEqualTo("vc+jwt");
        assertThat(verified.getPayload().get("type", List.class)).contains("OpenBadgeCredential");
        assertThat(verified.getPayload().getId()).isEqualTo("urn:uuid:" + eventId);
        assertThat(verified.getPayload().getNotBefore()).isNotNull();
        JsonNode jwks = api.call("GET", "/api/credentials/jwks.json", null).body();
        assertThat(verified.getHeader().getKeyId()).isEqualTo(jwks.at("/keys/0/kid").asText());

        String[] parts = jwt.split("\\.");
        String forged = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("signed-badge", "forged-badge");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                                                 .encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThatThrownBy(() -> Jwts.parser().verifyWith(issuerKey()).build().parseSignedClaims(tampered))
                .isInstanceOf(SignatureException.class);
    }

    @Test
    void aFactOlderThanTheAggregatesSnapshotStillEarnsItsCredential() {
        String employee = api.hire("Long Career");
        String first = completionEvent(employee, "first-of-many");
        for (int course = 0; course < 12; course++) { // past the snapshot threshold of the tests (10)
            assertThat(api.call("POST", "/api/employees/" + employee + "/course-completions",
                                ApiClient.completion("later-" + course, LocalDate.parse("2024-04-01"), null)).status())
                    .isEqualTo(201);
        }
        Reply reply = api.call("GET", "/api/employees/" + employee + "/credentials/" + first, null);
        assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(200);
        assertThat(reply.body().at("/credential/name").asText()).isEqualTo("Course first-of-many");
    }

    @Test
    void theIdentityHashIsTheSaltedHashOfTheLearnersAddress() throws Exception {
        String login = "hashed." + UUID.randomUUID().toString().substring(0, 8);
        Reply hired = api.call("POST", "/api/employees", """
                {"name":"Hash Ed","email":"%s@Example.com","loginName":"%s","track":"Engineering","level":"E3",
                 "team":"Payments","hiredOn":"2023-02-01"}""".formatted(login, login));
        String employee = hired.body().get("employeeId").asText();
        String eventId = completionEvent(employee, "hashed");
        JsonNode identity = api.call("GET", "/api/employees/" + employee + "/credentials/" + eventId, null).body()
                               .at("/credential/credentialSubject/identifier/0");
        String salt = identity.get("salt").asText();
        String expected = "sha256$" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest((login + "@example.com" + salt).getBytes(StandardCharsets.UTF_8)));
        assertThat(identity.get("identityHash").asText()).isEqualTo(expected);
    }

    @Test
    void onlyACompletionThatCountsOrAnApprovedPromotionEarnsACredentialAndOnlyItsReadersSeeIt() {
        String employee = api.hire("No Badge");
        String eventId = completionEvent(employee, "retracted-badge");
        String completionId = api.timelineWhen(employee, "?kind=COURSE_COMPLETED", 1).at("/entries/0/refs/completionId")
                                 .asText();
        assertThat(api.call("POST", "/api/employees/" + employee + "/course-completions/" + completionId + "/retraction",
                            """
                            {"reason":"wrong person","retractedOn":"2024-03-06"}""").status()).isEqualTo(201);
        Reply retracted = api.call("GET", "/api/employees/" + employee + "/credentials/" + eventId, null);
        assertThat(retracted.status()).isEqualTo(404);
        assertThat(retracted.contentType()).startsWith("application/problem+json");
        String hire = api.timelineWhen(employee, "?kind=HIRED", 1).at("/entries/0/eventId").asText();
        assertThat(api.call("GET", "/api/employees/" + employee + "/credentials/" + hire, null).status()).isEqualTo(404);
        assertThat(api.call("GET", "/api/employees/" + employee + "/credentials/no-such-event", null).status())
                .isEqualTo(404);
        assertThat(api.as(TestUsers.EMPLOYEE).call("GET", "/api/employees/" + employee + "/credentials/" + eventId, null)
                      .status()).isEqualTo(403);
    }
}
