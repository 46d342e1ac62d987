package io.careerhistory.command.promotion;

import io.careerhistory.command.api.ErrorCode;
import io.careerhistory.command.standing.EmployeeStandings;
import io.careerhistory.command.standing.FrameworkInForce;
import io.careerhistory.command.standing.Standing;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.framework.Criterion;
import io.careerhistory.events.framework.CriterionKind;
import io.careerhistory.events.framework.FrameworkVersionPublishedEvent;
import io.careerhistory.events.framework.LevelDefinition;
import io.careerhistory.events.framework.TrackDefinition;
import io.careerhistory.events.promotion.PromotionAnnouncedEvent;
import io.careerhistory.events.promotion.PromotionAnnouncementOptedInEvent;
import io.careerhistory.events.promotion.PromotionCommitteeAssignedEvent;
import io.careerhistory.events.promotion.PromotionDecidedEvent;
import io.careerhistory.events.promotion.PromotionEvidenceAttachedEvent;
import io.careerhistory.events.promotion.PromotionNominatedEvent;
import io.careerhistory.events.promotion.PromotionOutcome;
import io.careerhistory.events.promotion.PromotionReviewedEvent;
import io.careerhistory.events.promotion.ReviewRecommendation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.careerhistory.command.api.BusinessRuleMatchers.violating;
import static org.assertj.core.api.Assertions.assertThat;

class PromotionCaseTest {

    private static final EmployeeId ADA = EmployeeId.of("ada");
    private static final EmployeeId MANAGER = EmployeeId.of("manager");
    private static final EmployeeId CHAIR = EmployeeId.of("chair");
    private static final EmployeeId MEMBER = EmployeeId.of("member");
    private static final EmployeeId OUTSIDER = EmployeeId.of("outsider");
    private static final LocalDate DAY = LocalDate.parse("2024-05-02");
    private static final PromotionEvidence.Evidence EVIDENCE =
            new PromotionEvidence.Evidence(42, "readiness-rules/1", 1, "READY", "{\"status\":\"READY\"}", "ab12");

    private static final FrameworkVersionPublishedEvent FRAMEWORK = new FrameworkVersionPublishedEvent(
            "career-framework", 1, LocalDate.parse("2020-01-01"), List.of(new TrackDefinition("Engineering", List.of(
                    new LevelDefinition("E3", "Senior", 3, List.of()),
                    new LevelDefinition("E4", "Staff", 4, List.of(
                            new Criterion(CriterionKind.PROMOTION_REVIEWS, 2, List.of(), "2 reviews"))),
                    new LevelDefinition("E5", "Principal", 5, List.of(
                            new Criterion(CriterionKind.PROMOTION_REVIEWS, 3, List.of(), "3 reviews")))))));

    private final Map<EmployeeId, Standing> standings = new HashMap<>();
    /** The registry's contract, in memory: one open case per employee. */
    private final Map<EmployeeId, String> openCases = new HashMap<>();
    private FixtureConfiguration<PromotionCase> fixture;

    @BeforeEach
    void setUp() {
        for (EmployeeId id : List.of(ADA, MANAGER, CHAIR, MEMBER, OUTSIDER)) {
            standings.put(id, new Standing(id, LocalDate.parse("2021-01-04"), true, "Engineering",
                                           id.equals(ADA) ? "E3" : "E5", id.equals(ADA) ? 3 : 5, null, null));
        }
        EmployeeStandings lookup = (id, on) -> Optional.ofNullable(standings.get(id));
        FrameworkInForce frameworks = FrameworkInForce.only(FRAMEWORK);
        OpenPromotionCases registry = new OpenPromotionCases() {
            @Override
            public boolean claim(EmployeeId employeeId, String caseId) {
                return openCases.computeIfAbsent(employeeId, id -> caseId).equals(caseId);
            }

            @Override
            public void release(EmployeeId employeeId, String caseId) {
                openCases.remove(employeeId, caseId);
            }
        };
        PromotionEvidence evidence = (employeeId, on) -> EVIDENCE;
        fixture = new AggregateTestFixture<>(PromotionCase.class);
        fixture.registerInjectableResource(lookup);
        fixture.registerInjectableResource(frameworks);
        fixture.registerInjectableResource(registry);
        fixture.registerCommandHandlerInterceptor(new OnePromotionCaseAtATime(registry));
        fixture.registerInjectableResource(evidence);
    }

    private static PromotionNominatedEvent nominated() {
        return new PromotionNominatedEvent("case-1", ADA, "Engineering", "E3", "E4", null, 1, 2, MANAGER,
                                           "leads the payments redesign", DAY);
    }

    private static PromotionCommitteeAssignedEvent committee() {
        return new PromotionCommitteeAssignedEvent("case-1", ADA, List.of(CHAIR, MEMBER), CHAIR, DAY);
    }

    private static PromotionEvidenceAttachedEvent evidence() {
        return new PromotionEvidenceAttachedEvent("case-1", ADA, 42, "readiness-rules/1", 1, "READY",
                                                  "{\"status\":\"READY\"}", "ab12", DAY);
    }

    private static PromotionReviewedEvent review(EmployeeId reviewer) {
        return new PromotionReviewedEvent("case-1", ADA, reviewer, ReviewRecommendation.APPROVE, "ready", DAY);
    }

    private static PromotionDecidedEvent decided(PromotionOutcome outcome) {
        return new PromotionDecidedEvent("case-1", ADA, CHAIR, outcome, "meets every criterion", "Engineering", "E3",
                                         "E4", DAY);
    }

    private static NominateForPromotionCommand nominate(String toLevel, String exceptionReason) {
        return new NominateForPromotionCommand("case-1", ADA, toLevel, exceptionReason, MANAGER,
                                               "leads the payments redesign", DAY);
    }

    @Test
    void aNominationToTheNextLevelRecordsTheReviewsTheFrameworkRequiresAndHoldsTheEmployee() {
        fixture.givenNoPriorActivity().when(nominate("E4", null)).expectEvents(nominated());
        assertThat(openCases).containsEntry(ADA, "case-1");
    }

    @Test
    void anEmployeeWithAnOpenCaseCannotBeNominatedAgain() {
        openCases.put(ADA, "case-0");
        fixture.givenNoPriorActivity().when(nominate("E4", null))
               .expectNoEvents()
               .expectException(violating(ErrorCode.PROMOTION_CASE_ALREADY_OPEN));
    }

    @Test
    void aRefusedNominationLeavesTheEmployeeFreeForTheNext() {
        fixture.givenNoPriorActivity().when(nominate("E7", null))
               .expectException(violating(ErrorCode.PROMOTION_LEVEL_INVALID));
        assertThat(openCases).isEmpty();
    }

    @Test
    void aNominationPastTheNextLevelNeedsADocumentedException() {
        fixture.givenNoPriorActivity().when(nominate("E5", null))
               .expectException(violating(ErrorCode.PROMOTION_LEVEL_INVALID));
        fixture.givenNoPriorActivity().when(nominate("E5", "outstanding impact across two tribes"))
               .expectEvents(new PromotionNominatedEvent("case-1", ADA, "Engineering", "E3", "E5",
                                                         "outstanding impact across two tribes", 1, 3, MANAGER,
                                                         "leads the payments redesign", DAY));
    }

    @Test
    void anExceptionCannotGoSidewaysOrDown() {
        fixture.givenNoPriorActivity().when(nominate("E3", "no reason is enough"))
               .expectException(violating(ErrorCode.PROMOTION_LEVEL_INVALID));
    }

    @Test
    void nobodyNominatesThemselves() {
        fixture.givenNoPriorActivity()
               .when(new NominateForPromotionCommand("case-1", ADA, "E4", null, ADA, "me", DAY))
               .expectException(violating(ErrorCode.SELF_NOMINATION));
    }

    @Test
    void aNomineeWhoHasLeftCannotBeNominated() {
        standings.put(ADA, new Standing(ADA, LocalDate.parse("2021-01-04"), false, "Engineering", "E3", 3, null, null));
        fixture.givenNoPriorActivity().when(nominate("E4", null)).expectException(violating(ErrorCode.EMPLOYEE_DEPARTED));
    }

    @Test
    void theCommitteeExcludesTheNomineeAndTheNominator() {
        fixture.given(nominated())
               .when(new AssignCommitteeCommand("case-1", List.of(CHAIR, MANAGER), CHAIR, DAY))
               .expectException(violating(ErrorCode.COMMITTEE_CONFLICT_OF_INTEREST));
    }

    @Test
    void theCommitteeHasAsManyMembersAsTheFrameworkRequiresReviews() {
        fixture.given(nominated())
               .when(new AssignCommitteeCommand("case-1", List.of(CHAIR, CHAIR), CHAIR, DAY))
               .expectException(violating(ErrorCode.COMMITTEE_TOO_SMALL));
    }

    @Test
    void theChairIsAMember() {
        fixture.given(nominated())
               .when(new AssignCommitteeCommand("case-1", List.of(MEMBER, OUTSIDER), CHAIR, DAY))
               .expectException(violating(ErrorCode.CHAIR_NOT_ON_COMMITTEE));
    }

    @Test
    void aCommitteeIsAssignedOnce() {
        fixture.given(nominated()).when(new AssignCommitteeCommand("case-1", List.of(CHAIR, MEMBER), CHAIR, DAY))
               .expectEvents(committee());
        fixture.given(nominated(), committee())
               .when(new AssignCommitteeCommand("case-1", List.of(CHAIR, MEMBER), CHAIR, DAY))
               .expectException(violating(ErrorCode.PROMOTION_WRONG_STEP));
    }

    @Test
    void evidenceIsTheCompiledReadinessWithItsPositionAndHashAttachedOnce() {
        fixture.given(nominated(), committee()).when(new AttachEvidenceCommand("case-1", DAY)).expectEvents(evidence());
        fixture.given(nominated(), committee(), evidence()).when(new AttachEvidenceCommand("case-1", DAY))
               .expectException(violating(ErrorCode.EVIDENCE_ALREADY_ATTACHED));
    }

    @Test
    void reviewsComeAfterTheEvidence() {
        fixture.given(nominated(), committee())
               .when(new ReviewPromotionCommand("case-1", CHAIR, ReviewRecommendation.APPROVE, "ready", DAY))
               .expectException(violating(ErrorCode.PROMOTION_WRONG_STEP));
    }

    @Test
    void eachMemberReviewsOnceAndOnlyMembersReview() {
        fixture.given(nominated(), committee(), evidence())
               .when(new ReviewPromotionCommand("case-1", MEMBER, ReviewRecommendation.APPROVE, "ready", DAY))
               .expectEvents(review(MEMBER));
        fixture.given(nominated(), committee(), evidence(), review(MEMBER))
               .when(new ReviewPromotionCommand("case-1", MEMBER, ReviewRecommendation.REJECT, "changed my mind", DAY))
               .expectException(violating(ErrorCode.ALREADY_REVIEWED));
        fixture.given(nominated(), committee(), evidence())
               .when(new ReviewPromotionCommand("case-1", OUTSIDER, ReviewRecommendation.APPROVE, "ready", DAY))
               .expectException(violating(ErrorCode.NOT_ON_COMMITTEE));
    }

    @Test
    void theChairDecidesOnceTheRequiredReviewsAreInAndTheCaseIsReleased() {
        openCases.put(ADA, "case-1");
        fixture.given(nominated(), committee(), evidence(), review(MEMBER), review(CHAIR))
               .when(new DecidePromotionCommand("case-1", CHAIR, PromotionOutcome.APPROVED, "meets every criterion", DAY))
               .expectEvents(decided(PromotionOutcome.APPROVED));
        assertThat(openCases).doesNotContainKey(ADA);
    }

    @Test
    void onlyTheChairDecides() {
        fixture.given(nominated(), committee(), evidence(), review(MEMBER), review(CHAIR))
               .when(new DecidePromotionCommand("case-1", MEMBER, PromotionOutcome.APPROVED, "yes", DAY))
               .expectException(violating(ErrorCode.NOT_CHAIR));
    }

    @Test
    void aDecisionWithoutTheRequiredReviewsIsRefused() {
        openCases.put(ADA, "case-1");
        fixture.given(nominated(), committee(), evidence(), review(MEMBER))
               .when(new DecidePromotionCommand("case-1", CHAIR, PromotionOutcome.APPROVED, "yes", DAY))
               .expectException(violating(ErrorCode.REVIEWS_MISSING));
        assertThat(openCases).containsEntry(ADA, "case-1");
    }

    @Test
    void aDecidedCaseIsNotDecidedAgain() {
        fixture.given(nominated(), committee(), evidence(), review(MEMBER), review(CHAIR),
                      decided(PromotionOutcome.REJECTED))
               .when(new DecidePromotionCommand("case-1", CHAIR, PromotionOutcome.APPROVED, "second thoughts", DAY))
               .expectException(violating(ErrorCode.PROMOTION_WRONG_STEP));
    }

    @Test
    void anApprovedPromotionIsAnnouncedOnlyWithTheEmployeesConsent() {
        Object[] approved = {nominated(), committee(), evidence(), review(MEMBER), review(CHAIR),
                decided(PromotionOutcome.APPROVED)};
        fixture.given(approved)
               .when(new AnnouncePromotionCommand("case-1", "Congratulations Ada!", DAY))
               .expectException(violating(ErrorCode.ANNOUNCEMENT_NOT_CONSENTED));
        PromotionAnnouncementOptedInEvent optedIn = new PromotionAnnouncementOptedInEvent("case-1", ADA, DAY);
        fixture.given(approved).andGiven(optedIn)
               .when(new AnnouncePromotionCommand("case-1", "Congratulations Ada!", DAY))
               .expectEvents(new PromotionAnnouncedEvent("case-1", ADA, "Congratulations Ada!", DAY));
    }

    @Test
    void aRejectedPromotionIsNeverAnnounced() {
        fixture.given(nominated(), committee(), evidence(), review(MEMBER), review(CHAIR),
                      decided(PromotionOutcome.REJECTED), new PromotionAnnouncementOptedInEvent("case-1", ADA, DAY))
               .when(new AnnouncePromotionCommand("case-1", "Congratulations!", DAY))
               .expectException(violating(ErrorCode.PROMOTION_WRONG_STEP));
    }

    @Test
    void optingInTwiceRecordsItOnce() {
        fixture.given(nominated()).when(new OptInToAnnouncementCommand("case-1", ADA, DAY))
               .expectEvents(new PromotionAnnouncementOptedInEvent("case-1", ADA, DAY));
        fixture.given(nominated(), new PromotionAnnouncementOptedInEvent("case-1", ADA, DAY))
               .when(new OptInToAnnouncementCommand("case-1", ADA, DAY)).expectNoEvents();
    }

    @Test
    void onlyTheEmployeeConsentsToTheAnnouncement() {
        fixture.given(nominated()).when(new OptInToAnnouncementCommand("case-1", MANAGER, DAY))
               .expectNoEvents()
               .expectException(violating(ErrorCode.CONSENT_NOT_BY_EMPLOYEE));
    }
}
