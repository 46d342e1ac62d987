package io.careerhistory.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.promotion.PromotionEvidenceAttachedEvent;
import io.careerhistory.infra.eventstore.MongoCommitEventStorageEngine;
import io.careerhistory.infra.promotion.EventStoreEvidence;
import io.careerhistory.infra.web.ApiClient.Reply;
import io.careerhistory.readiness.CanonicalJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Promotion cases over HTTP: a case from nomination to the celebrated level change, its evidence re-derived to the
 * same hash, one open case per employee under 50 parallel nominations, and each business error code.
 */
class PromotionApiIT extends ApiIntegrationTest {

    @Autowired
    MongoCommitEventStorageEngine engine;

    @Autowired
    EventStoreEvidence evidence;

    private Reply post(String path, String body) {
        return api.call("POST", "/api/promotions" + path, body);
    }

    private Reply nominate(String employeeId, String nominatorId, String toLevel) {
        return post("", """
                {"employeeId":"%s","toLevel":"%s","nominatedBy":"%s","justification":"leads the payments redesign",
                 "nominatedOn":"2024-05-02"}""".formatted(employeeId, toLevel, nominatorId));
    }

    private String openCase(String employeeId, String nominatorId) {
        Reply nominated = nominate(employeeId, nominatorId, "E4");
        assertThat(nominated.status()).as(nominated.body().toString()).isEqualTo(201);
        return nominated.body().get("caseId").asText();
    }

    private Reply assign(String caseId, String chair, String... members) {
        return post("/" + caseId + "/committee", """
                {"members":[%s],"chairId":"%s","assignedOn":"2024-05-03"}"""
                .formatted(String.join(",", List.of(members).stream().map(m -> "\"" + m + "\"").toList()), chair));
    }

    private Reply review(String caseId, String reviewerId) {
        return post("/" + caseId + "/reviews", """
                {"reviewerId":"%s","recommendation":"APPROVE","comments":"ready for staff scope","reviewedOn":"2024-05-10"}"""
                .formatted(reviewerId));
    }

    private Reply decide(String caseId, String chairId, String outcome) {
        return post("/" + caseId + "/decision", """
                {"decidedBy":"%s","outcome":"%s","rationale":"the evidence meets the framework","decidedOn":"2024-05-20"}"""
                .formatted(chairId, outcome));
    }

    private static void assertCode(Reply reply, int status, String code) {
        assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(status);
        assertThat(reply.code()).isEqualTo(code);
    }

    /** A case with its committee (chair and member), evidence and both reviews, ready for the chair. */
    private record ReviewedCase(String caseId, String nominee, String nominator, String chair, String member) {
    }

    private ReviewedCase reviewedCase(String name) {
        String nominee = api.hire(name);
        String nominator = api.hire(name + " Manager", "Engineering", "E5");
        String chair = api.hire(name + " Chair", "Engineering", "E6");
        String member = api.hire(name + " Member", "Product", "P5");
        String caseId = openCase(nominee, nominator);
        assertThat(assign(caseId, chair, chair, member).status()).isEqualTo(201);
        assertThat(post("/" + caseId + "/evidence", """
                {"assessedOn":"2024-05-03"}""").status()).isEqualTo(201);
        assertThat(review(caseId, chair).status()).isEqualTo(201);
        assertThat(review(caseId, member).status()).isEqualTo(201);
        return new ReviewedCase(caseId, nominee, nominator, chair, member);
    }

    @Test
    void anApprovedCaseChangesTheLevelOnceAndIsCelebratedWithConsent() {
        ReviewedCase reviewed = reviewedCase("Promoted Engineer");

        assertThat(decide(reviewed.caseId(), reviewed.chair(), "APPROVED").status()).isEqualTo(201);
        assertThat(post("/" + reviewed.caseId() + "/announcement-consent", """
                {"optedInOn":"2024-05-21"}""").status()).isEqualTo(201);
        assertThat(post("/" + reviewed.caseId() + "/announcement", """
                {"message":"Congratulations on Staff Engineer!","announcedOn":"2024-05-22"}""").status()).isEqualTo(201);

        JsonNode timeline = api.timelineWhen(reviewed.nominee(), "", 5);
        assertThat(ApiClient.kinds(timeline)).containsExactly("HIRED", "PROMOTION_NOMINATED", "PROMOTION_DECIDED",
                                                              "PROMOTED", "PROMOTION_ANNOUNCED");
        assertThat(timeline.get("entries").get(1).get("details").get("status").asText()).isEqualTo("APPROVED");
        assertThat(timeline.get("entries").get(3).get("title").asText()).isEqualTo("Promoted to Engineering E4");

        // The saga's level change may be recorded after the announcement: wait for both.
        JsonNode audit = api.getWhen("/api/promotions/" + reviewed.caseId() + "/audit",
                                     a -> a.has("announcement") && a.has("levelChange"));
        assertThat(audit.get("status").asText()).isEqualTo("APPROVED");
        assertThat(audit.get("decision").get("decidedBy").asText()).isEqualTo(reviewed.chair());
        assertThat(audit.get("evidence").get("sha256").asText()).hasSize(64);
        assertThat(audit.get("reviews")).hasSize(2);
        assertThat(audit.get("levelChange").get("actor").asText()).isEqualTo("system:promotion-approval");
        assertThat(audit.get("steps").findValuesAsText("kind")).startsWith("NOMINATED", "COMMITTEE_ASSIGNED",
                                                                           "EVIDENCE_ATTACHED");
        JsonNode celebrations = api.getWhen("/api/celebrations", c -> c.get("celebrations").findValuesAsText("caseId")
                                                                       .contains(reviewed.caseId()));
        assertThat(celebrations.get("celebrations").findValuesAsText("caseId")).contains(reviewed.caseId());
        assertThat(api.getWhen("/api/promotions?employee=" + reviewed.nominee(), l -> l.get("cases").size() == 1)
                      .get("cases").get(0).get("status").asText()).isEqualTo("APPROVED");
        assertThat(api.call("GET", "/api/promotions/no-such-case/audit", null).status()).isEqualTo(404);
    }

    @Test
    void theEvidenceIsReDerivedFromTheEventsUpToItsPositionWithTheSameHash() {
        ReviewedCase reviewed = reviewedCase("Evidenced Engineer");
        assertThat(api.call("POST", "/api/employees/" + reviewed.nominee() + "/course-completions",
                            ApiClient.completion("late-course", LocalDate.parse("2024-05-01"), null)).status())
                .isEqualTo(201);

        PromotionEvidenceAttachedEvent attached =
                engine.readEvents(reviewed.caseId()).asStream().map(e -> e.getPayload())
                      .filter(PromotionEvidenceAttachedEvent.class::isInstance)
                      .map(PromotionEvidenceAttachedEvent.class::cast).findFirst().orElseThrow();

        assertThat(attached.evidenceSha256()).isEqualTo(CanonicalJson.sha256Hex(attached.evidenceJson()));
        assertThat(attached.rulesVersion()).isEqualTo("readiness-rules/1");
        assertThat(attached.frameworkVersion()).isEqualTo(1);
        assertThat(attached.readinessStatus()).isEqualTo("NOT_READY");
        var rederived = evidence.compileAt(EmployeeId.of(reviewed.nominee()), attached.assessedOn(), attached.position());
        assertThat(rederived.sha256()).isEqualTo(attached.evidenceSha256());
        assertThat(rederived.json()).isEqualTo(attached.evidenceJson());
        // The completion recorded after the evidence changes today's answer, not the recorded one.
        var today = evidence.compile(EmployeeId.of(reviewed.nominee()), attached.assessedOn());
        assertThat(today.sha256()).isNotEqualTo(attached.evidenceSha256());
    }

    @Test
    void ofFiftyParallelNominationsForOneEmployeeExactlyOneOpensACase() throws Exception {
        String nominee = api.hire("Popular Engineer");
        String nominator = api.hire("Eager Manager", "Engineering", "E5");
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Reply>> sent = IntStream.range(0, 50).mapToObj(i -> pool.submit(() -> {
                start.await();
                return nominate(nominee, nominator, "E4");
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
        ReviewedCase reviewed = reviewedCase("Rejected Engineer");
        assertCode(nominate(reviewed.nominee(), reviewed.nominator(), "E4"), 409, "PROMOTION_CASE_ALREADY_OPEN");

        assertThat(decide(reviewed.caseId(), reviewed.chair(), "REJECTED").status()).isEqualTo(201);

        assertThat(nominate(reviewed.nominee(), reviewed.nominator(), "E4").status()).isEqualTo(201);
    }

    @Test
    void nominationRulesAnswerWithTheirCodes() {
        String nominee = api.hire("Rule Nominee");
        String nominator = api.hire("Rule Nominator", "Engineering", "E5");

        assertCode(nominate(nominee, nominee, "E4"), 422, "SELF_NOMINATION");
        assertCode(nominate(nominee, nominator, "E6"), 422, "PROMOTION_LEVEL_INVALID");
        assertCode(nominate("no-such-person", nominator, "E4"), 404, "EMPLOYEE_NOT_FOUND");
        Reply exception = post("", """
                {"employeeId":"%s","toLevel":"E5","exceptionReason":"led two tribes through a merger",
                 "nominatedBy":"%s","justification":"exceptional","nominatedOn":"2024-05-02"}"""
                .formatted(nominee, nominator));
        assertThat(exception.status()).isEqualTo(201);
        Reply missing = post("", """
                {"employeeId":"%s","toLevel":"E4","nominatedOn":"2024-05-02"}""".formatted(nominee));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("errors").findValuesAsText("field")).contains("nominatedBy", "justification");
    }

    @Test
    void committeeAndReviewRulesAnswerWithTheirCodes() {
        String nominee = api.hire("Committee Nominee");
        String nominator = api.hire("Committee Nominator", "Engineering", "E5");
        String chair = api.hire("Committee Chair", "Engineering", "E6");
        String member = api.hire("Committee Member", "Design", "D5");
        String outsider = api.hire("Committee Outsider", "Engineering", "E5");
        String caseId = openCase(nominee, nominator);

        assertCode(assign(caseId, chair, chair, nominator), 422, "COMMITTEE_CONFLICT_OF_INTEREST");
        assertCode(assign(caseId, chair, chair), 422, "COMMITTEE_TOO_SMALL");
        assertCode(assign(caseId, outsider, chair, member), 422, "CHAIR_NOT_ON_COMMITTEE");
        assertCode(review(caseId, chair), 409, "PROMOTION_WRONG_STEP");
        assertThat(assign(caseId, chair, chair, member).status()).isEqualTo(201);
        assertCode(review(caseId, chair), 409, "PROMOTION_WRONG_STEP"); // no evidence yet
        assertThat(post("/" + caseId + "/evidence", """
                {"assessedOn":"2024-05-03"}""").status()).isEqualTo(201);
        assertCode(post("/" + caseId + "/evidence", """
                {"assessedOn":"2024-05-04"}"""), 409, "EVIDENCE_ALREADY_ATTACHED");
        assertCode(review(caseId, outsider), 422, "NOT_ON_COMMITTEE");
        assertThat(review(caseId, member).status()).isEqualTo(201);
        assertCode(review(caseId, member), 409, "ALREADY_REVIEWED");
        assertCode(decide(caseId, chair, "APPROVED"), 409, "REVIEWS_MISSING");
        assertThat(review(caseId, chair).status()).isEqualTo(201);
        assertCode(decide(caseId, member, "APPROVED"), 422, "NOT_CHAIR");
        assertThat(decide(caseId, chair, "APPROVED").status()).isEqualTo(201);
        assertCode(post("/" + caseId + "/announcement", """
                {"message":"Congratulations!","announcedOn":"2024-05-22"}"""), 422, "ANNOUNCEMENT_NOT_CONSENTED");
        assertCode(decide(caseId, chair, "REJECTED"), 409, "PROMOTION_WRONG_STEP");
        assertThat(post("/no-such-case/decision", """
                {"decidedBy":"%s","outcome":"APPROVED","rationale":"x","decidedOn":"2024-05-20"}""".formatted(chair))
                           .status()).isEqualTo(404);
    }
}
