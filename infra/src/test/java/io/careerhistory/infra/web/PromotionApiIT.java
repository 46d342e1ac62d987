package io.careerhistory.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.promotion.PromotionEvidenceAttachedEvent;
import io.careerhistory.infra.eventstore.StoredCommitDocuments;
import io.careerhistory.infra.eventstore.MongoCommitEventStorageEngine;
import io.careerhistory.infra.promotion.EventStoreEvidence;
import io.careerhistory.infra.web.ApiClient.Reply;
import io.careerhistory.readiness.CanonicalJson;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Promotion cases over HTTP, each person acting as themselves: the manager {@code mark} nominates, the committee
 * members {@code carl} (the chair) and {@code cora} review and decide, the employee consents. A case from nomination
 * to the celebrated level change, its evidence re-derived to the same hash, one open case per employee under 50
 * parallel nominations, and each business error code.
 */
class PromotionApiIT extends ApiIntegrationTest {

    @Autowired
    MongoCommitEventStorageEngine engine;

    @Autowired
    EventStoreEvidence evidence;

    @Autowired
    MongoDatabase database;

    private String manager;
    private String chair;
    private String member;

    @BeforeEach
    void thePeopleWhoAct() {
        manager = api.employeeOf(TestUsers.MANAGER);
        chair = api.employeeOf(TestUsers.COMMITTEE);
        member = api.employeeOf(TestUsers.SECOND_COMMITTEE);
    }

    private Reply post(String user, String path, String body) {
        return api.as(user).call("POST", "/api/promotions" + path, body);
    }

    private Reply nominate(String employeeId, String toLevel) {
        return post(TestUsers.MANAGER, "", """
                {"employeeId":"%s","toLevel":"%s","justification":"leads the payments redesign","nominatedOn":"2024-05-02"}"""
                .formatted(employeeId, toLevel));
    }

    private String openCase(String employeeId) {
        Reply nominated = nominate(employeeId, "E4");
        assertThat(nominated.status()).as(String.valueOf(nominated.body())).isEqualTo(201);
        return nominated.body().get("caseId").asText();
    }

    private Reply assign(String caseId, String chairId, String... members) {
        return post(TestUsers.TALENT_PARTNER, "/" + caseId + "/committee", """
                {"members":[%s],"chairId":"%s","assignedOn":"2024-05-03"}"""
                .formatted(String.join(",", List.of(members).stream().map(m -> "\"" + m + "\"").toList()), chairId));
    }

    private Reply attachEvidence(String caseId) {
        return post(TestUsers.TALENT_PARTNER, "/" + caseId + "/evidence", """
                {"assessedOn":"2024-05-03"}""");
    }

    private Reply review(String caseId, String reviewer) {
        return post(reviewer, "/" + caseId + "/reviews", """
                {"recommendation":"APPROVE","comments":"ready for staff scope","reviewedOn":"2024-05-10"}""");
    }

    private Reply decide(String caseId, String decider, String outcome) {
        return post(decider, "/" + caseId + "/decision", """
                {"outcome":"%s","rationale":"the evidence meets the framework","decidedOn":"2024-05-20"}"""
                .formatted(outcome));
    }

    private static void assertCode(Reply reply, int status, String code) {
        assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(status);
        assertThat(reply.code()).isEqualTo(code);
    }

    /** A case for the nominee with its committee (chair carl, member cora), evidence and both reviews. */
    private String reviewedCase(String nominee) {
        String caseId = openCase(nominee);
        assertThat(assign(caseId, chair, chair, member).status()).isEqualTo(201);
        assertThat(attachEvidence(caseId).status()).isEqualTo(201);
        assertThat(review(caseId, TestUsers.COMMITTEE).status()).isEqualTo(201);
        assertThat(review(caseId, TestUsers.SECOND_COMMITTEE).status()).isEqualTo(201);
        return caseId;
    }

    @Test
    void anApprovedCaseChangesTheLevelOnceAndIsCelebratedWithTheEmployeesOwnConsent() {
        String nominee = api.employeeOf(TestUsers.EMPLOYEE);
        String caseId = reviewedCase(nominee);

        assertThat(decide(caseId, TestUsers.COMMITTEE, "APPROVED").status()).isEqualTo(201);
        assertCode(post(TestUsers.EMPLOYEE, "/" + caseId + "/announcement", """
                {"message":"Congratulations!","announcedOn":"2024-05-22"}"""), 403, null);
        assertCode(post(TestUsers.TESTER, "/" + caseId + "/announcement-consent", """
                {"optedInOn":"2024-05-21"}"""), 403, "CONSENT_NOT_BY_EMPLOYEE");
        assertThat(post(TestUsers.EMPLOYEE, "/" + caseId + "/announcement-consent", """
                {"optedInOn":"2024-05-21"}""").status()).isEqualTo(201);
        assertThat(post(TestUsers.TALENT_PARTNER, "/" + caseId + "/announcement", """
                {"message":"Congratulations on Staff Engineer!","announcedOn":"2024-05-22"}""").status()).isEqualTo(201);

        JsonNode timeline = api.timelineWhen(nominee, "?kind=PROMOTION_NOMINATED&kind=PROMOTION_DECIDED&kind=PROMOTED"
                                                      + "&kind=PROMOTION_ANNOUNCED", 4);
        assertThat(ApiClient.kinds(timeline)).containsExactly("PROMOTION_NOMINATED", "PROMOTION_DECIDED", "PROMOTED",
                                                              "PROMOTION_ANNOUNCED");
        assertThat(timeline.get("entries").get(0).get("details").get("status").asText()).isEqualTo("APPROVED");
        assertThat(timeline.get("entries").get(2).get("title").asText()).isEqualTo("Promoted to Engineering E4");

        // the approved promotion is an Open Badges credential the employee can show
        String promoted = timeline.get("entries").get(2).get("eventId").asText();
        Reply badge = api.as(TestUsers.EMPLOYEE).call("GET", "/api/employees/" + nominee + "/credentials/" + promoted, null);
        assertThat(badge.status()).isEqualTo(200);
        assertThat(badge.body().at("/credential/credentialSubject/achievement/achievementType").asText())
                .isEqualTo("ext:Promotion");
        assertThat(badge.body().at("/credential/credentialSubject/achievement/criteria/narrative").asText())
                .contains("Promoted from E3 to E4", "case " + caseId);

        // The saga's level change may be recorded after the announcement: wait for both.
        JsonNode audit = api.getWhen("/api/promotions/" + caseId + "/audit",
                                     a -> a.has("announcement") && a.has("levelChange"));
        assertThat(audit.get("status").asText()).isEqualTo("APPROVED");
        assertThat(audit.get("nominatedBy").asText()).isEqualTo(manager);
        assertThat(audit.get("decision").get("decidedBy").asText()).isEqualTo(chair);
        assertThat(audit.get("names").get(chair).asText()).as("the people of the case by name, from the directory")
                                                        .isEqualTo("User " + TestUsers.COMMITTEE);
        assertThat(audit.get("names").get(nominee).asText()).isEqualTo("User " + TestUsers.EMPLOYEE);
        // the chair acted as the employee they are, never under their login name (ADR 0015)
        assertThat(audit.get("decision").get("actor").asText()).isEqualTo("employee:" + chair);
        assertThat(audit.get("evidence").get("sha256").asText()).hasSize(64);
        assertThat(audit.get("reviews").findValuesAsText("reviewerId")).containsExactlyInAnyOrder(chair, member);
        assertThat(audit.get("levelChange").get("actor").asText()).isEqualTo("system:promotion-approval");
        assertThat(audit.get("steps").findValuesAsText("kind")).startsWith("NOMINATED", "COMMITTEE_ASSIGNED",
                                                                           "EVIDENCE_ATTACHED");
        JsonNode celebrations = api.getWhen("/api/celebrations", c -> c.get("celebrations").findValuesAsText("caseId")
                                                                       .contains(caseId));
        assertThat(celebrations.get("celebrations").findValuesAsText("caseId")).contains(caseId);
        assertThat(celebrations.get("celebrations").findValuesAsText("employeeName"))
                .as("a celebration says who").contains("User " + TestUsers.EMPLOYEE);
        JsonNode listed = api.getWhen("/api/promotions?employee=" + nominee, l -> l.get("cases").size() == 1)
                             .get("cases").get(0);
        assertThat(listed.get("status").asText()).isEqualTo("APPROVED");
        assertThat(listed.get("employeeName").asText()).as("named from the directory")
                                                       .isEqualTo("User " + TestUsers.EMPLOYEE);
        assertThat(api.call("GET", "/api/promotions?employee=" + nominee + "&track=engineering", null).body()
                      .get("cases")).as("a track in any case").hasSize(1);
        assertThat(api.call("GET", "/api/promotions?employee=" + nominee + "&track=Design", null).body().get("cases"))
                .isEmpty();
        assertThat(api.call("GET", "/api/promotions/no-such-case/audit", null).status()).isEqualTo(404);
    }

    @Test
    void theEvidenceIsReDerivedFromTheEventsUpToItsPositionWithTheSameHash() {
        String nominee = api.hire("Evidenced Engineer");
        String caseId = reviewedCase(nominee);
        assertThat(api.call("POST", "/api/employees/" + nominee + "/course-completions",
                            ApiClient.completion("late-course", LocalDate.parse("2024-05-01"), null)).status())
                .isEqualTo(201);

        PromotionEvidenceAttachedEvent attached =
                engine.readEvents(caseId).asStream().map(e -> e.getPayload())
                      .filter(PromotionEvidenceAttachedEvent.class::isInstance)
                      .map(PromotionEvidenceAttachedEvent.class::cast).findFirst().orElseThrow();

        assertThat(attached.evidenceSha256()).isEqualTo(CanonicalJson.sha256Hex(attached.evidenceJson()));
        assertThat(attached.rulesVersion()).isEqualTo("readiness-rules/1");
        assertThat(attached.frameworkVersion()).isEqualTo(1);
        assertThat(attached.readinessStatus()).isEqualTo("NOT_READY");
        var rederived = evidence.compileAt(EmployeeId.of(nominee), attached.assessedOn(), attached.position());
        assertThat(rederived.sha256()).isEqualTo(attached.evidenceSha256());
        assertThat(rederived.json()).isEqualTo(attached.evidenceJson());
        // The completion recorded after the evidence changes today's answer, not the recorded one.
        var today = evidence.compile(EmployeeId.of(nominee), attached.assessedOn());
        assertThat(today.sha256()).isNotEqualTo(attached.evidenceSha256());
    }

    @Test
    void theRederivationMatchesTheRecordedEvidenceAndShowsWhereAnAlteredHistoryDiffers() {
        String nominee = api.hire("Rederived Engineer");
        assertThat(api.call("POST", "/api/employees/" + nominee + "/course-completions",
                            ApiClient.completion("rederive-course", LocalDate.parse("2024-01-10"), null)).status())
                .isEqualTo(201);
        String caseId = reviewedCase(nominee);
        String path = "/api/promotions/" + caseId + "/audit/rederive";

        JsonNode same = api.as(TestUsers.AUDITOR).call("GET", path, null).body();
        assertThat(same.get("matches").asBoolean()).as(same.toString()).isTrue();
        assertThat(same.get("rederivedSha256").asText()).isEqualTo(same.get("recordedSha256").asText());
        assertThat(same.get("differences")).isEmpty();
        assertThat(same.get("currentRulesVersion").asText()).isEqualTo(same.get("recordedRulesVersion").asText());

        Document commit = database.getCollection("commits").find(StoredCommitDocuments.holdingAggregate(nominee))
                                  .into(new ArrayList<>())
                                  .stream().filter(c -> c.toJson().contains("rederive-course")).findFirst().orElseThrow();
        List<Document> events = StoredCommitDocuments.events(commit);
        int index = IntStream.range(0, events.size())
                             .filter(i -> events.get(i).getString("payload").contains("rederive-course")).findFirst().orElseThrow();
        String original = events.get(index).getString("payload");
        var commits = database.getCollection("commits");
        String payloadPath = StoredCommitDocuments.eventFieldPath(commit, index, "payload");
        try {
            commits.updateOne(eq("_id", commit.get("_id")), set(payloadPath, original.replace("2024-01-10", "2099-01-10")));
            JsonNode altered = api.as(TestUsers.AUDITOR).call("GET", path, null).body();
            assertThat(altered.get("matches").asBoolean()).isFalse();
            assertThat(altered.get("differences").findValuesAsText("path")).isNotEmpty();
            assertThat(altered.get("differences").toString()).contains("rederive-course");
        } finally {
            commits.updateOne(eq("_id", commit.get("_id")), set(payloadPath, original));
        }
        assertThat(api.as(TestUsers.EMPLOYEE).call("GET", path, null).status()).isEqualTo(403);
        assertThat(api.as(TestUsers.AUDITOR).call("GET", "/api/promotions/no-such-case/audit/rederive", null).status())
                .isEqualTo(404);
    }

    private static String draft(String e4Criterion) {
        return """
                {"tracks":[{"name":"Engineering","levels":[
                  {"code":"E3","title":"Senior Engineer","rank":3,"criteria":[]},
                  {"code":"E4","title":"Staff Engineer","rank":4,"criteria":[%s]}]}]}""".formatted(e4Criterion);
    }

    @Test
    void aDraftFrameworkIsReplayedAgainstEveryDecisionAndWhereItDisagreesTheCaseIsListed() {
        String nominee = api.hire("What If Engineer");
        String caseId = reviewedCase(nominee);
        assertThat(decide(caseId, TestUsers.COMMITTEE, "APPROVED").status()).isEqualTo(201);
        api.getWhen("/api/promotions/" + caseId + "/audit", a -> a.hasNonNull("decision"));
        long publishedBefore = engine.readEvents("career-framework").asStream().count();

        JsonNode lenient = api.as(TestUsers.AUDITOR).call("POST", "/api/analytics/what-if", draft("""
                {"kind":"MONTHS_IN_LEVEL","minimum":0,"skills":[],"description":"any time"}""")).body();
        JsonNode strict = api.as(TestUsers.AUDITOR).call("POST", "/api/analytics/what-if", draft("""
                {"kind":"COURSES_COMPLETED","minimum":99,"skills":[],"description":"99 courses"}""")).body();

        JsonNode underLenient = find(lenient.get("all"), caseId);
        assertThat(underLenient.get("underDraft").asText()).isEqualTo("READY");
        assertThat(underLenient.get("agrees").asBoolean()).isTrue();
        assertThat(lenient.get("differences").findValuesAsText("caseId")).doesNotContain(caseId);
        assertThat(strict.get("differences").findValuesAsText("caseId")).contains(caseId);
        assertThat(find(strict.get("all"), caseId).get("underDraft").asText()).isEqualTo("NOT_READY");
        assertThat(strict.get("decisions").asInt()).isEqualTo(strict.get("all").size());
        assertThat(engine.readEvents("career-framework").asStream().count()).as("the draft is never published")
                                                                          .isEqualTo(publishedBefore);

        JsonNode asAnalyst = api.as(TestUsers.ANALYST).call("POST", "/api/analytics/what-if", draft("""
                {"kind":"COURSES_COMPLETED","minimum":99,"skills":[],"description":"99 courses"}""")).body();
        assertThat(asAnalyst.toString()).doesNotContain(nominee).contains("p-");
        assertThat(api.as(TestUsers.ANALYST).call("POST", "/api/analytics/what-if", "{\"tracks\":[]}").status())
                .isEqualTo(400);
        ApiClient.Reply negative = api.as(TestUsers.ANALYST).call("POST", "/api/analytics/what-if", draft("""
                {"kind":"COURSES_COMPLETED","minimum":-1,"skills":[],"description":"none"}"""));
        assertThat(negative.status()).as("a draft no version could be").isEqualTo(422);
        assertThat(negative.code()).isEqualTo("FRAMEWORK_INVALID");
        assertThat(negative.body().get("detail").asText())
                .isEqualTo("The draft is not valid: in level Engineering E4, the COURSES_COMPLETED minimum is -1;"
                                   + " a count is 0 or more");
        assertThat(api.as(TestUsers.EMPLOYEE).call("POST", "/api/analytics/what-if", draft("")).status()).isEqualTo(403);
    }

    private static JsonNode find(JsonNode decisions, String caseId) {
        for (JsonNode decision : decisions) {
            if (decision.get("caseId").asText().equals(caseId)) {
                return decision;
            }
        }
        throw new AssertionError("no decision for case " + caseId + " in " + decisions);
    }

    @Test
    void ofFiftyParallelNominationsForOneEmployeeExactlyOneOpensACase() throws Exception {
        String nominee = api.hire("Popular Engineer");
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Reply>> sent = IntStream.range(0, 50).mapToObj(i -> pool.submit(() -> {
                start.await();
                return nominate(nominee, "E4");
            })).toList();
            start.countDown();
            List<Reply> replies = sent.stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();

            assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(1);
            assertThat(replies).filteredOn(r -> r.status() != 201)
                               .allSatisfy(r -> assertCode(r, 409, "PROMOTION_CASE_ALREADY_OPEN"));
            assertThat(api.timelineWhen(nominee, "?kind=PROMOTION_NOMINATED", 1).get("entries")).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDecidedCaseLetsTheNextNominationOpen() {
        String nominee = api.hire("Rejected Engineer");
        String caseId = reviewedCase(nominee);
        assertCode(nominate(nominee, "E4"), 409, "PROMOTION_CASE_ALREADY_OPEN");

        assertThat(decide(caseId, TestUsers.COMMITTEE, "REJECTED").status()).isEqualTo(201);

        assertThat(nominate(nominee, "E4").status()).isEqualTo(201);
    }

    @Test
    void nominationRulesAnswerWithTheirCodes() {
        String nominee = api.hire("Rule Nominee");

        assertCode(nominate(manager, "E4"), 422, "SELF_NOMINATION");
        assertCode(nominate(nominee, "E6"), 422, "PROMOTION_LEVEL_INVALID");
        assertCode(nominate("no-such-person", "E4"), 404, "EMPLOYEE_NOT_FOUND");
        assertCode(post(TestUsers.TALENT_PARTNER, "", """
                {"employeeId":"%s","toLevel":"E4","justification":"ready","nominatedOn":"2024-05-02"}"""
                .formatted(nominee)), 403, "NOT_AN_EMPLOYEE"); // tina signs in, but no employee has her login
        Reply exception = post(TestUsers.MANAGER, "", """
                {"employeeId":"%s","toLevel":"E5","exceptionReason":"led two tribes through a merger",
                 "justification":"exceptional","nominatedOn":"2024-05-02"}""".formatted(nominee));
        assertThat(exception.status()).isEqualTo(201);
        Reply missing = post(TestUsers.MANAGER, "", """
                {"employeeId":"%s","toLevel":"E4","nominatedOn":"2024-05-02"}""".formatted(nominee));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("errors").findValuesAsText("field")).contains("justification");
    }

    @Test
    void committeeAndReviewRulesAnswerWithTheirCodes() {
        String nominee = api.hire("Committee Nominee");
        String outsider = api.employeeOf(TestUsers.TESTER);
        String caseId = openCase(nominee);

        assertCode(assign(caseId, chair, chair, manager), 422, "COMMITTEE_CONFLICT_OF_INTEREST");
        assertCode(assign(caseId, chair, chair), 422, "COMMITTEE_TOO_SMALL");
        assertCode(assign(caseId, outsider, chair, member), 422, "CHAIR_NOT_ON_COMMITTEE");
        assertCode(review(caseId, TestUsers.COMMITTEE), 409, "PROMOTION_WRONG_STEP");
        assertThat(assign(caseId, chair, chair, member).status()).isEqualTo(201);
        assertCode(review(caseId, TestUsers.COMMITTEE), 409, "PROMOTION_WRONG_STEP"); // no evidence yet
        assertThat(attachEvidence(caseId).status()).isEqualTo(201);
        assertCode(attachEvidence(caseId), 409, "EVIDENCE_ALREADY_ATTACHED");
        assertCode(review(caseId, TestUsers.TESTER), 422, "NOT_ON_COMMITTEE");
        assertThat(review(caseId, TestUsers.SECOND_COMMITTEE).status()).isEqualTo(201);
        assertCode(review(caseId, TestUsers.SECOND_COMMITTEE), 409, "ALREADY_REVIEWED");
        assertCode(decide(caseId, TestUsers.COMMITTEE, "APPROVED"), 409, "REVIEWS_MISSING");
        assertThat(review(caseId, TestUsers.COMMITTEE).status()).isEqualTo(201);
        assertCode(decide(caseId, TestUsers.SECOND_COMMITTEE, "APPROVED"), 422, "NOT_CHAIR");
        assertThat(decide(caseId, TestUsers.COMMITTEE, "APPROVED").status()).isEqualTo(201);
        assertCode(post(TestUsers.TALENT_PARTNER, "/" + caseId + "/announcement", """
                {"message":"Congratulations!","announcedOn":"2024-05-22"}"""), 422, "ANNOUNCEMENT_NOT_CONSENTED");
        assertCode(decide(caseId, TestUsers.COMMITTEE, "REJECTED"), 409, "PROMOTION_WRONG_STEP");
        assertThat(decide("no-such-case", TestUsers.COMMITTEE, "APPROVED").status()).isEqualTo(404);
    }
}
