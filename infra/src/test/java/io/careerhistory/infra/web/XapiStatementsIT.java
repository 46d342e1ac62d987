package io.careerhistory.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import io.careerhistory.infra.Eventually;
import io.careerhistory.infra.web.ApiClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * xAPI 1.0.3 statements from learning-record sources, shaped like the spec's examples: what records a completion,
 * idempotency by statement id, voiding, what is ignored and why, and the statement rules an LRS enforces.
 */
class XapiStatementsIT extends ApiIntegrationTest {

    private static final Map<String, String> VERSION = Map.of("X-Experience-API-Version", "1.0.3");
    private static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";

    @Autowired
    MongoDatabase database;

    private ApiClient lms;
    private String login;
    private String employee;

    @BeforeEach
    void aLearner() {
        lms = api.as(TestUsers.LMS);
        login = "learner." + UUID.randomUUID().toString().substring(0, 8);
        Reply hired = api.call("POST", "/api/employees", """
                {"name":"Lea Learner","email":"%s@example.com","loginName":"%s","track":"Engineering","level":"E3",
                 "team":"Payments","hiredOn":"2023-02-01"}""".formatted(login, login));
        assertThat(hired.status()).isEqualTo(201);
        employee = hired.body().get("employeeId").asText();
        api.timelineWhen(employee, "", 1);
        // The email index, through which an mbox names the learner, follows the hire on its own processor.
        long hire = emailIndex().get("head").asLong();
        Eventually.await(this::emailIndex, index -> index.get("position").asLong() >= hire, Duration.ofSeconds(15));
    }

    private JsonNode emailIndex() {
        for (JsonNode p : api.as(TestUsers.ADMIN).call("GET", "/api/admin/projections", null).body().get("projections")) {
            if (p.get("name").asText().equals("email-index")) {
                return p;
            }
        }
        throw new AssertionError("no email-index projection");
    }

    private static String statement(String id, String actor, String verb, String activity, String extra) {
        return """
                {%s"actor":%s,
                 "verb":{"id":"%s","display":{"en-US":"did"}},
                 "object":{"id":"http://example.adlnet.gov/xapi/example/%s","objectType":"Activity",
                           "definition":{"name":{"en-US":"Course %s"},"description":{"en-US":"An example course"}}},
                 "timestamp":"2024-05-18T05:32:34.804+02:00"%s}
                """.formatted(id == null ? "" : "\"id\":\"" + id + "\",", actor, verb, activity, activity,
                              extra == null ? "" : "," + extra);
    }

    private String byMbox() {
        return "{\"mbox\":\"mailto:" + login.toUpperCase() + "@Example.com\",\"name\":\"Lea\",\"objectType\":\"Agent\"}";
    }

    private String byAccount() {
        return "{\"account\":{\"homePage\":\"https://sso.career-history.example\",\"name\":\"" + login + "\"}}";
    }

    private Reply post(ApiClient source, String body) {
        return source.call("POST", "/xapi/statements", body, VERSION);
    }

    private JsonNode completionsWhen(int entries) {
        return api.timelineWhen(employee, "", entries);
    }

    @Test
    void aCompletedStatementByMboxRecordsACompletionAndReadsBackAsStored() {
        String id = UUID.randomUUID().toString();
        Reply posted = post(lms, statement(id, byMbox(), COMPLETED, "k8s-xapi", "\"result\":{\"duration\":\"PT2H30M\"}"));
        assertThat(posted.status()).isEqualTo(200);
        assertThat(posted.body().isArray()).isTrue();
        assertThat(posted.body().get(0).asText()).isEqualTo(id);

        JsonNode timeline = completionsWhen(2);
        JsonNode completion = timeline.get("entries").get(1);
        assertThat(completion.get("kind").asText()).isEqualTo("COURSE_COMPLETED");
        assertThat(completion.toString()).contains("http://example.adlnet.gov/xapi/example/k8s-xapi", "Course k8s-xapi",
                                                   "ACADEMY", "2.50", "2024-05-18");

        HttpResponse<String> read = lms.send("GET", "/xapi/statements?statementId=" + id, null, VERSION);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("X-Experience-API-Version")).hasValue("1.0.3");
        assertThat(read.headers().firstValue("Last-Modified")).isPresent();
        assertThat(lms.call("GET", "/xapi/statements?format=exact&attachments=false&statementId=" + id, null, VERSION)
                      .body().get("id").asText()).isEqualTo(id);
        // What this LRS does not serve is refused, never answered as if it had not been asked.
        for (String unserved : List.of("format=ids", "attachments=true", "agent=%7B%22mbox%22%3A%22mailto%3Ax%40y%22%7D")) {
            Reply refused = lms.call("GET", "/xapi/statements?" + unserved, null, VERSION);
            assertThat(refused.status()).as(unserved).isEqualTo(400);
            assertThat(refused.body().get("detail").asText()).as(unserved).contains(unserved.split("=")[0]);
        }
        JsonNode stored = lms.call("GET", "/xapi/statements?statementId=" + id, null, VERSION).body();
        assertThat(stored.get("id").asText()).isEqualTo(id);
        assertThat(stored.get("stored").asText()).endsWith("Z");
        assertThat(stored.get("timestamp").asText()).isEqualTo("2024-05-18T05:32:34.804+02:00");
        assertThat(stored.get("version").asText()).isEqualTo("1.0.0");
        assertThat(stored.at("/authority/account/name").asText()).isEqualTo(TestUsers.LMS);
        assertThat(stored.at("/verb/id").asText()).isEqualTo(COMPLETED);

        // Kept sealed under the learner's key (erasing them makes it unreadable): no address in the stored document.
        Document kept = database.getCollection("xapi_statements").find(new Document("_id", id)).first();
        assertThat(kept).isNotNull();
        assertThat(kept.toJson().toLowerCase()).doesNotContain(login).contains("sealedbody");
    }

    @Test
    void theStatementIdIsTheIdempotencyKeyARepeatRecordsNothingAndADifferentBodyIsAConflict() throws Exception {
        String id = UUID.randomUUID().toString();
        String body = statement(id, byMbox(), COMPLETED, "repeat", null);
        assertThat(post(lms, body).status()).isEqualTo(200);
        Reply repeat = post(lms, body);
        assertThat(repeat.status()).isEqualTo(200);
        assertThat(repeat.body().get(0).asText()).isEqualTo(id);
        assertThat(lms.call("PUT", "/xapi/statements?statementId=" + id, body, VERSION).status()).isEqualTo(204);

        Reply different = post(lms, statement(id, byMbox(), COMPLETED, "something-else", null));
        assertThat(different.status()).isEqualTo(409);
        assertThat(different.contentType()).startsWith("application/problem+json");
        assertThat(lms.call("PUT", "/xapi/statements?statementId=" + id,
                            statement(null, byMbox(), COMPLETED, "something-else", null), VERSION).status()).isEqualTo(409);

        completionsWhen(2);
        Thread.sleep(500); // a duplicate, had one been recorded, would have reached the view by now
        JsonNode timeline = api.timelineWhen(employee, "", 2);
        assertThat(ApiClient.kinds(timeline)).containsExactly("HIRED", "COURSE_COMPLETED");
        assertThat(timeline.toString()).doesNotContain("something-else");
    }

    @Test
    void putBySatisfiedOrByResultCompletionWithAnAccountRecordsToo() {
        String satisfied = UUID.randomUUID().toString();
        assertThat(lms.call("PUT", "/xapi/statements?statementId=" + satisfied,
                            statement(null, byAccount(), "https://w3id.org/xapi/adl/verbs/satisfied", "satisfied", null),
                            VERSION).status()).isEqualTo(204);
        String byResult = UUID.randomUUID().toString();
        assertThat(post(lms, statement(byResult, byAccount(), "http://adlnet.gov/expapi/verbs/experienced", "by-result",
                                       "\"result\":{\"completion\":true,\"success\":false}")).status()).isEqualTo(200);
        JsonNode timeline = completionsWhen(3);
        assertThat(timeline.toString()).contains("example/satisfied", "example/by-result");
    }

    @Test
    void aVoidingStatementRetractsTheCompletionAndTheVoidedStatementIsReadOnlyAsVoided() {
        String target = UUID.randomUUID().toString();
        assertThat(post(lms, statement(target, byMbox(), COMPLETED, "to-void", null)).status()).isEqualTo(200);
        completionsWhen(2);
        String voiding = UUID.randomUUID().toString();
        assertThat(post(lms, """
                {"id":"%s","actor":{"mbox":"mailto:lms-admin@example.com","objectType":"Agent"},
                 "verb":{"id":"http://adlnet.gov/expapi/verbs/voided","display":{"en-US":"voided"}},
                 "object":{"objectType":"StatementRef","id":"%s"}}""".formatted(voiding, target)).status())
                .isEqualTo(200);

        JsonNode timeline = completionsWhen(3);
        assertThat(ApiClient.kinds(timeline)).contains("COMPLETION_RETRACTED");
        assertThat(lms.call("GET", "/xapi/statements?statementId=" + target, null, VERSION).status()).isEqualTo(404);
        Reply voided = lms.call("GET", "/xapi/statements?voidedStatementId=" + target, null, VERSION);
        assertThat(voided.status()).isEqualTo(200);
        assertThat(voided.body().get("id").asText()).isEqualTo(target);
        assertThat(lms.call("GET", "/xapi/statements?statementId=" + voiding, null, VERSION).body().at("/object/id").asText())
                .isEqualTo(target);
        assertThat(lms.call("GET", "/xapi/statements?voidedStatementId=" + voiding, null, VERSION).status()).isEqualTo(404);
    }

    @Test
    void anythingElseIsKeptAsIgnoredWithAReasonNeverA500() {
        String attempted = UUID.randomUUID().toString();
        String stranger = UUID.randomUUID().toString();
        String foreignAccount = UUID.randomUUID().toString();
        String group = UUID.randomUUID().toString();
        String ahead = UUID.randomUUID().toString();
        assertThat(post(lms, "[" + String.join(",",
                statement(attempted, byMbox(), "http://adlnet.gov/expapi/verbs/attempted", "attempted", null),
                statement(stranger, "{\"mbox\":\"mailto:nobody-" + stranger + "@example.com\"}", COMPLETED, "x", null),
                statement(foreignAccount, "{\"account\":{\"homePage\":\"https://elsewhere.example\",\"name\":\"" + login
                        + "\"}}", COMPLETED, "x", null),
                statement(group, "{\"objectType\":\"Group\",\"member\":[" + byMbox() + "]}", COMPLETED, "x", null),
                statement(ahead, byMbox(), COMPLETED, "ahead", null).replace("2024-05-18T", "2099-05-18T"))
                + "]").status()).isEqualTo(200);

        JsonNode ignored = api.as(TestUsers.TALENT_PARTNER).call("GET", "/api/learning-records?outcome=IGNORED&source=lms",
                                                                 null).body().get("statements");
        assertThat(reasonOf(ignored, attempted)).contains("attempted records nothing");
        assertThat(reasonOf(ignored, stranger)).contains("no employee has the actor's mbox");
        assertThat(reasonOf(ignored, foreignAccount)).contains("not a sign-in system of ours");
        assertThat(reasonOf(ignored, group)).contains("Group");
        assertThat(reasonOf(ignored, ahead)).isEqualTo("the timestamp 2099-05-18T05:32:34.804+02:00 is in the future: "
                                                               + "a completion is recorded once it has happened");
        assertThat(ignored.toString()).doesNotContain("nobody-" + stranger); // no address in the listing
        assertThat(lms.call("GET", "/xapi/statements?statementId=" + attempted, null, VERSION).status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/employees/" + employee + "/timeline", null).body().toString())
                .doesNotContain("example/attempted").doesNotContain("example/ahead");
    }

    private static String reasonOf(JsonNode listing, String statementId) {
        for (JsonNode entry : listing) {
            if (entry.get("statementId").asText().equals(statementId)) {
                assertThat(entry.get("outcome").asText()).isEqualTo("IGNORED");
                return entry.get("reason").asText();
            }
        }
        throw new AssertionError("No statement " + statementId + " in " + listing);
    }

    @Test
    void theVersionHeaderIsRequiredAndAlwaysAnswered() {
        String body = statement(null, byMbox(), COMPLETED, "versionless", null);
        HttpResponse<String> missing = lms.send("POST", "/xapi/statements", body, Map.of());
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.headers().firstValue("X-Experience-API-Version")).hasValue("1.0.3");
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(lms.send("POST", "/xapi/statements", body, Map.of("X-Experience-API-Version", "0.95")).statusCode())
                .isEqualTo(400);
        HttpResponse<String> anonymous = api.as(null).send("GET", "/xapi/statements", null, VERSION);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("X-Experience-API-Version")).hasValue("1.0.3");
        assertThat(lms.send("POST", "/xapi/statements", body, Map.of("X-Experience-API-Version", "1.0.1")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void statementsBreakingTheRulesAreRejectedAndNothingOfTheirBatchIsKept() {
        String good = UUID.randomUUID().toString();
        String[] invalid = {
                statement("not-a-uuid", byMbox(), COMPLETED, "a", null),
                statement(null, "{\"mbox\":\"mailto:a@example.com\",\"openid\":\"http://openid.example.org/a\"}", COMPLETED, "a", null),
                statement(null, "{\"mbox\":\"a@example.com\"}", COMPLETED, "a", null),
                statement(null, byMbox(), "not an iri", "a", null),
                statement(null, byMbox(), COMPLETED, "a", "\"version\":\"2.0.0\""),
                statement(null, byMbox(), COMPLETED, "a", "\"unknown\":true"),
                statement(null, byMbox(), COMPLETED, "a", "\"result\":{\"completion\":\"yes\"}"),
                statement(null, byMbox(), COMPLETED, "a", "\"result\":{\"duration\":\"two hours\"}"),
                statement(null, byMbox(), "http://adlnet.gov/expapi/verbs/voided", "a", null),
                statement(null, byMbox(), COMPLETED, "a", null).replace("+02:00", ""),
                "{\"actor\":" + byMbox() + ",\"object\":{\"id\":\"http://example.com/a\"}}",
                "[]",
                "\"a statement\""};
        for (String statement : invalid) {
            Reply reply = post(lms, "[" + statement(good, byMbox(), COMPLETED, "batch-good", null) + "," + statement + "]");
            assertThat(reply.status()).as(statement).isEqualTo(400);
            assertThat(reply.contentType()).as(statement).startsWith("application/problem+json");
        }
        assertThat(post(lms, statement(null, byMbox(), COMPLETED, "a", "\"result\":{\"duration\":\"two hours\"}"))
                           .body().get("detail").asText())
                .as("said like every other bad value").isEqualTo("result.duration must be an ISO 8601 duration, not 'two hours'");
        assertThat(post(lms, "{\"actor\":").status()).isEqualTo(400); // not JSON
        assertThat(lms.call("GET", "/xapi/statements?statementId=" + good, null, VERSION).status()).isEqualTo(404);

        String id = UUID.randomUUID().toString();
        String body = statement(UUID.randomUUID().toString(), byMbox(), COMPLETED, "a", null);
        assertThat(lms.call("PUT", "/xapi/statements?statementId=" + id, body, VERSION).status()).isEqualTo(400);
        assertThat(lms.call("PUT", "/xapi/statements", statement(null, byMbox(), COMPLETED, "a", null), VERSION).status())
                .isEqualTo(400);
        assertThat(lms.call("GET", "/xapi/statements?statementId=" + id + "&voidedStatementId=" + id, null, VERSION)
                      .status()).isEqualTo(400);
        assertThat(api.call("GET", "/api/employees/" + employee + "/timeline", null).body().toString())
                .doesNotContain("batch-good");
    }

    @Test
    void eachSourceSignsInAsItselfAndSeesOnlyItsOwnStatements() {
        String id = UUID.randomUUID().toString();
        assertThat(post(lms, statement(id, byMbox(), COMPLETED, "own", null)).status()).isEqualTo(200);
        ApiClient other = api.as(TestUsers.OTHER_LMS);
        assertThat(other.call("GET", "/xapi/statements?statementId=" + id, null, VERSION).status()).isEqualTo(404);
        assertThat(api.as(TestUsers.AUDITOR).call("GET", "/xapi/statements?statementId=" + id, null, VERSION).status())
                .isEqualTo(200);
        String voiding = UUID.randomUUID().toString();
        assertThat(post(other, """
                {"id":"%s","actor":{"mbox":"mailto:other@example.com"},"verb":{"id":"http://adlnet.gov/expapi/verbs/voided"},
                 "object":{"objectType":"StatementRef","id":"%s"}}""".formatted(voiding, id)).status()).isEqualTo(200);
        assertThat(lms.call("GET", "/xapi/statements?statementId=" + id, null, VERSION).status()).isEqualTo(200);
        JsonNode listing = lms.call("GET", "/xapi/statements?limit=500", null, VERSION).body();
        assertThat(listing.get("statements").toString()).contains(id).doesNotContain(voiding);

        assertThat(post(api.as(TestUsers.EMPLOYEE), statement(null, byMbox(), COMPLETED, "self", null)).status())
                .isEqualTo(403);
        assertThat(post(api, statement(null, byMbox(), COMPLETED, "self", null)).status()).isEqualTo(403);
    }
}
