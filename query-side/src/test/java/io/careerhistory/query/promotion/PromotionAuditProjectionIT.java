package io.careerhistory.query.promotion;

import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.PersonalData;
import io.careerhistory.events.career.EmployeeHiredEvent;
import io.careerhistory.events.career.EmployeePromotedEvent;
import io.careerhistory.events.promotion.PromotionAnnouncedEvent;
import io.careerhistory.events.promotion.PromotionAnnouncementOptedInEvent;
import io.careerhistory.events.promotion.PromotionCommitteeAssignedEvent;
import io.careerhistory.events.promotion.PromotionDecidedEvent;
import io.careerhistory.events.promotion.PromotionEvidenceAttachedEvent;
import io.careerhistory.events.promotion.PromotionNominatedEvent;
import io.careerhistory.events.promotion.PromotionOutcome;
import io.careerhistory.events.promotion.PromotionReviewedEvent;
import io.careerhistory.events.promotion.ReviewRecommendation;
import io.careerhistory.query.EmbeddedMongo;
import io.careerhistory.query.common.Viewer;
import io.careerhistory.query.directory.DirectoryProjection;
import io.careerhistory.query.directory.DirectoryRepository;
import io.careerhistory.query.directory.PeopleNames;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PromotionAuditProjectionIT {

    private static final EmployeeId ADA = EmployeeId.of("ada");
    private static final EmployeeId BOB = EmployeeId.of("bob");
    private static final EmployeeId CHAIR = EmployeeId.of("chair");
    private static final EmployeeId MEMBER = EmployeeId.of("member");
    private static final LocalDate DAY = LocalDate.parse("2024-05-02");
    private static final Instant RECORDED = Instant.parse("2024-05-02T09:00:00Z");

    private EmbeddedMongo mongo;
    private PromotionAuditProjection projection;
    private PromotionAuditController views;
    private DirectoryProjection directory;

    @BeforeEach
    void start() {
        mongo = new EmbeddedMongo();
        PromotionCaseRepository repository = new PromotionCaseRepository(mongo.database());
        projection = new PromotionAuditProjection(repository);
        directory = new DirectoryProjection(new DirectoryRepository(mongo.database()));
        PeopleNames names = new PeopleNames(new DirectoryRepository(mongo.database()));
        views = new PromotionAuditController(repository, names, new Viewer() { // a talent partner sees every case
            @Override
            public String employeeId() {
                return "tina";
            }

            @Override
            public Set<String> roles() {
                return Set.of("TALENT_PARTNER");
            }
        });
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    /** Case 1: Ada to E4, approved, level changed by the saga, celebrated. Case 2: Bob to E3, rejected. */
    private void feed() {
        projection.on(new PromotionNominatedEvent("case-1", ADA, "Engineering", "E3", "E4", null, 1, 2, BOB, "ready", DAY),
                      "n1", 10, RECORDED, "bob");
        projection.on(new PromotionCommitteeAssignedEvent("case-1", ADA, List.of(CHAIR, MEMBER), CHAIR, DAY.plusDays(1)),
                      "n2", 11, RECORDED.plusSeconds(60), "talent");
        projection.on(new PromotionEvidenceAttachedEvent("case-1", ADA, 9, "readiness-rules/1", 1, "READY",
                                                         "{\"status\":\"READY\"}", "ab12", DAY.plusDays(1)),
                      "n3", 12, RECORDED.plusSeconds(120), "talent");
        projection.on(new PromotionReviewedEvent("case-1", ADA, MEMBER, ReviewRecommendation.APPROVE, "yes", DAY.plusDays(5)),
                      "n4", 13, RECORDED.plusSeconds(180), "member");
        projection.on(new PromotionReviewedEvent("case-1", ADA, CHAIR, ReviewRecommendation.APPROVE, "agreed", DAY.plusDays(6)),
                      "n5", 14, RECORDED.plusSeconds(240), "chair");
        projection.on(new PromotionDecidedEvent("case-1", ADA, CHAIR, PromotionOutcome.APPROVED, "meets E4", "Engineering",
                                                "E3", "E4", DAY.plusDays(10)), "n6", 15, RECORDED.plusSeconds(300), "chair");
        projection.on(new EmployeePromotedEvent(ADA, "case-1", "Engineering", "E3", "E4", DAY.plusDays(10)),
                      "n7", 16, RECORDED.plusSeconds(301), "system:promotion-approval");
        projection.on(new PromotionAnnouncementOptedInEvent("case-1", ADA, DAY.plusDays(11)), "n8", 17,
                      RECORDED.plusSeconds(400), "ada");
        projection.on(new PromotionAnnouncedEvent("case-1", ADA, "Congratulations!", DAY.plusDays(12)), "n9", 18,
                      RECORDED.plusSeconds(500), "talent");
        projection.on(new PromotionNominatedEvent("case-2", BOB, "Engineering", "E2", "E3", null, 1, 2, ADA, "maybe",
                                                  DAY.plusDays(20)), "m1", 20, RECORDED.plusSeconds(600), "ada");
        projection.on(new PromotionDecidedEvent("case-2", BOB, CHAIR, PromotionOutcome.REJECTED, "not yet", "Engineering",
                                                "E2", "E3", DAY.plusDays(30)), "m2", 21, RECORDED.plusSeconds(700), "chair");
    }

    @Test
    void theAuditHoldsEveryStepWithItsActorsTimesEvidenceAndTheLevelChange() {
        feed();

        Map<String, Object> audit = views.audit("case-1");
        assertThat(audit).containsEntry("status", "APPROVED").containsEntry("nominatedBy", "bob")
                         .containsEntry("reviewsRequired", 2);
        Document evidence = (Document) audit.get("evidence");
        assertThat(evidence).containsEntry("position", 9L).containsEntry("rulesVersion", "readiness-rules/1")
                            .containsEntry("sha256", "ab12").containsEntry("json", "{\"status\":\"READY\"}");
        assertThat((List<?>) audit.get("reviews")).hasSize(2);
        Document decision = (Document) audit.get("decision");
        assertThat(decision).containsEntry("decidedBy", "chair").containsEntry("rationale", "meets E4")
                            .containsEntry("actor", "chair").containsEntry("recordedAt", "2024-05-02T09:05:00Z");
        assertThat((Document) audit.get("levelChange")).containsEntry("toLevel", "E4")
                                                        .containsEntry("actor", "system:promotion-approval");
        @SuppressWarnings("unchecked")
        List<Document> steps = (List<Document>) audit.get("steps");
        assertThat(steps).extracting(s -> s.getString("kind"))
                         .containsExactly("NOMINATED", "COMMITTEE_ASSIGNED", "EVIDENCE_ATTACHED", "REVIEWED", "REVIEWED",
                                          "DECIDED", "LEVEL_CHANGED", "ANNOUNCEMENT_CONSENTED", "ANNOUNCED");
        assertThat(steps.get(0)).containsEntry("occurredOn", "2024-05-02").containsEntry("actor", "bob");
    }

    @Test
    void theAuditSaysWhetherTheDecisionFollowedTheEvidenceAndNamesTheMenteesItCounts() {
        feed();
        String notReady = """
                {"status":"NOT_READY","criteria":[{"kind":"MENTORING_GIVEN","evidence":[
                  {"kind":"MENTORING","id":"m1","title":"Mentored kay on pairing","on":"2024-01-01"}]}]}""";
        projection.on(new PromotionNominatedEvent("case-3", BOB, "Engineering", "E3", "E4", null, 1, 2, ADA, "bold",
                                                  DAY.plusDays(40)), "k1", 30, RECORDED.plusSeconds(800), "ada");
        projection.on(new PromotionEvidenceAttachedEvent("case-3", BOB, 29, "readiness-rules/1", 1, "NOT_READY",
                                                         notReady, "cd34", DAY.plusDays(41)),
                      "k2", 31, RECORDED.plusSeconds(900), "talent");
        projection.on(new PromotionDecidedEvent("case-3", BOB, CHAIR, PromotionOutcome.APPROVED, "beyond the criteria",
                                                "Engineering", "E3", "E4", DAY.plusDays(50)),
                      "k3", 32, RECORDED.plusSeconds(1000), "chair");
        directory.on(new EmployeeHiredEvent(EmployeeId.of("kay"), "Kay Kubrick", "kay@example.com", "kay", "Design",
                                            "D2", "Search", null, null, null, DAY));

        assertThat(views.audit("case-1")).containsEntry("decisionFollowsEvidence", true);
        Map<String, Object> against = views.audit("case-3");
        assertThat(against).as("approved although not ready").containsEntry("decisionFollowsEvidence", false);
        assertThat(against.get("names")).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("kay", "Kay Kubrick");
        assertThat(views.audit("case-2")).as("no evidence attached").doesNotContainKey("decisionFollowsEvidence");
    }

    @Test
    void casesAreListedNewestFirstAndFiltered() {
        feed();

        assertThat(views.list(null, null, null).get("cases")).extracting(c -> c.get("caseId"))
                                                             .containsExactly("case-2", "case-1");
        assertThat(views.list(PromotionCaseStatus.REJECTED, null, null).get("cases")).extracting(c -> c.get("caseId"))
                                                                   .containsExactly("case-2");
        assertThat(views.list(null, "ada", "Engineering").get("cases")).extracting(c -> c.get("caseId"))
                                                                       .containsExactly("case-1");
    }

    @Test
    void onlyAnnouncedPromotionsAreCelebrated() {
        feed();

        assertThat(views.celebrations().get("celebrations")).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("caseId", "case-1").containsEntry("message", "Congratulations!"));
    }

    @Test
    void someoneWhosePersonalDataWasErasedIsNoLongerCelebrated() {
        feed();
        directory.on(new EmployeeHiredEvent(ADA, PersonalData.ERASED, PersonalData.ERASED, PersonalData.ERASED,
                                            "Engineering", "E3", "Payments", null, null, null, DAY.minusYears(2)));

        assertThat(views.celebrations().get("celebrations")).isEmpty();
        assertThat(views.list(null, "ada", null).get("cases")).singleElement() // the case itself stays, for the record
                .satisfies(c -> assertThat(c).containsEntry("employeeName", PersonalData.ERASED));
    }

    @Test
    void feedingEveryEventTwiceGivesTheSameView() {
        feed();
        Map<String, Object> once = views.audit("case-1");
        feed();

        assertThat(views.audit("case-1")).isEqualTo(once);
        assertThat(views.list(null, null, null).get("cases")).hasSize(2);
    }
}
