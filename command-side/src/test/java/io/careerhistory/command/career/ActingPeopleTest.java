package io.careerhistory.command.career;

import io.careerhistory.command.api.CommandSender;
import io.careerhistory.command.api.ErrorCode;
import io.careerhistory.events.career.CourseCompletedEvent;
import io.careerhistory.events.career.CourseProvider;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.DevelopmentGoalAchievedEvent;
import io.careerhistory.events.career.DevelopmentGoalAgreedEvent;
import io.careerhistory.events.career.DevelopmentGoalProgressNotedEvent;
import io.careerhistory.events.career.DevelopmentGoalProposedEvent;
import io.careerhistory.events.career.GoalCategory;
import io.careerhistory.events.career.PlanParty;
import io.careerhistory.events.career.RotationApprovedEvent;
import io.careerhistory.events.career.RotationCompletedEvent;
import io.careerhistory.events.career.RotationOutcome;
import io.careerhistory.events.career.RotationProposedEvent;
import io.careerhistory.events.career.RotationStartedEvent;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.careerhistory.command.api.BusinessRuleMatchers.violating;
import static io.careerhistory.command.career.CareerFixtures.ADA;
import static io.careerhistory.command.career.CareerFixtures.BOSS;
import static io.careerhistory.command.career.CareerFixtures.MARCH_5;
import static io.careerhistory.command.career.CareerFixtures.hired;

/** Rules about who acts, from the signed-in user in the command's metadata: Ada's manager is BOSS. */
class ActingPeopleTest {

    private FixtureConfiguration<EmployeeCareer> fixture;

    @BeforeEach
    void setUp() {
        fixture = CareerFixtures.fixture();
    }

    private static Map<String, Object> signedIn(String employeeId, String roles) {
        return Map.of(CommandSender.ACTOR_EMPLOYEE_KEY, employeeId, CommandSender.ACTOR_ROLES_KEY, roles);
    }

    private static RecordCourseCompletionCommand completion() {
        return new RecordCourseCompletionCommand(ADA, "c1", "k8s", "Kubernetes", CourseProvider.ACADEMY, List.of(),
                                                 BigDecimal.ONE, MARCH_5, null);
    }

    private static CourseCompletedEvent completed() {
        return new CourseCompletedEvent(ADA, "c1", "k8s", "Kubernetes", CourseProvider.ACADEMY, List.of(), BigDecimal.ONE,
                                        MARCH_5, null);
    }

    private static ProposeDevelopmentGoalCommand proposal() {
        return new ProposeDevelopmentGoalCommand(ADA, "g1", "Lead a review", GoalCategory.LEADERSHIP,
                                                 MARCH_5.plusMonths(6), null, MARCH_5);
    }

    private static DevelopmentGoalProposedEvent proposedBy(PlanParty party) {
        return new DevelopmentGoalProposedEvent(ADA, "g1", "Lead a review", GoalCategory.LEADERSHIP, MARCH_5.plusMonths(6),
                                                party, MARCH_5);
    }

    @Test
    void theEmployeesManagerRecordsACompletion() {
        fixture.given(hired()).when(completion(), signedIn(BOSS.value(), "MANAGER,EMPLOYEE")).expectEvents(completed());
    }

    @Test
    void aTalentPartnerRecordsACompletionForAnyone() {
        fixture.given(hired()).when(completion(), signedIn("tina", "TALENT_PARTNER")).expectEvents(completed());
    }

    @Test
    void anotherManagerMayNotRecordACompletion() {
        fixture.given(hired()).when(completion(), signedIn("other-boss", "MANAGER"))
               .expectNoEvents()
               .expectException(violating(ErrorCode.NOT_YOUR_REPORT));
    }

    @Test
    void aLearningRecordSourceRecordsAndRetractsCompletionsButNothingElse() {
        Map<String, Object> lms = Map.of(CommandSender.ACTOR_ROLES_KEY, "LEARNING_RECORD_SOURCE");
        fixture.given(hired()).when(completion(), lms).expectEvents(completed());
        fixture.given(hired(), completed())
               .when(new RetractCourseCompletionCommand(ADA, "c1", "voided", MARCH_5.plusDays(1)), lms)
               .expectSuccessfulHandlerExecution();
        fixture.given(hired())
               .when(new ProposeRotationCommand(ADA, "r1", "Search", "Engineering", MARCH_5.plusDays(10),
                                                MARCH_5.plusMonths(3), MARCH_5), lms)
               .expectNoEvents()
               .expectException(violating(ErrorCode.NOT_YOUR_REPORT));
    }

    @Test
    void onlyTheManagerOrATalentPartnerProposesARotationOrCompletesAReview() {
        fixture.given(hired())
               .when(new ProposeRotationCommand(ADA, "r1", "Search", "Engineering", MARCH_5.plusDays(10),
                                                MARCH_5.plusMonths(3), MARCH_5), signedIn("other-boss", "MANAGER"))
               .expectException(violating(ErrorCode.NOT_YOUR_REPORT));
        fixture.given(hired())
               .when(new CompleteReviewCommand(ADA, "v1", "2024-H1", "grew", BOSS, "more scope", MARCH_5),
                     signedIn(BOSS.value(), "MANAGER"))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void talksAreRecordedByTheEmployeeTheirManagerOrATalentPartnerOnly() {
        RecordTechTalkCommand talk = new RecordTechTalkCommand(ADA, "t1", "Event sourcing", "Tech Talks", List.of(), MARCH_5);
        fixture.given(hired()).when(talk, signedIn(ADA.value(), "EMPLOYEE")).expectSuccessfulHandlerExecution();
        fixture.given(hired()).when(talk, signedIn(BOSS.value(), "MANAGER")).expectSuccessfulHandlerExecution();
        fixture.given(hired()).when(talk, signedIn("colleague", "EMPLOYEE"))
               .expectNoEvents()
               .expectException(violating(ErrorCode.NOT_YOUR_RECORD));
    }

    @Test
    void onlyTheEmployeeRecordsTheirRetrospectiveTakeaways() {
        RecordRetroTakeawayCommand takeaway = new RecordRetroTakeawayCommand(ADA, "k1", "Q1 retro", "ship smaller", MARCH_5);
        fixture.given(hired()).when(takeaway, signedIn(BOSS.value(), "MANAGER"))
               .expectException(violating(ErrorCode.NOT_YOUR_RECORD));
        fixture.given(hired()).when(takeaway, signedIn(ADA.value(), "EMPLOYEE")).expectSuccessfulHandlerExecution();
    }

    @Test
    void theSideOfAGoalIsWhoIsSignedIn() {
        fixture.given(hired()).when(proposal(), signedIn(ADA.value(), "EMPLOYEE"))
               .expectEvents(proposedBy(PlanParty.EMPLOYEE));
        fixture.given(hired(), proposedBy(PlanParty.EMPLOYEE))
               .when(new AgreeDevelopmentGoalCommand(ADA, "g1", null, MARCH_5.plusDays(1)), signedIn(BOSS.value(), "MANAGER"))
               .expectEvents(new DevelopmentGoalAgreedEvent(ADA, "g1", PlanParty.MANAGER, MARCH_5.plusDays(1)));
    }

    @Test
    void theEmployeeCannotAgreeToTheirOwnProposal() {
        fixture.given(hired(), proposedBy(PlanParty.EMPLOYEE))
               .when(new AgreeDevelopmentGoalCommand(ADA, "g1", null, MARCH_5.plusDays(1)), signedIn(ADA.value(), "EMPLOYEE"))
               .expectException(violating(ErrorCode.SELF_APPROVAL));
    }

    @Test
    void nobodyElseTakesASideInThePlan() {
        fixture.given(hired()).when(proposal(), signedIn("colleague", "EMPLOYEE,MANAGER"))
               .expectNoEvents()
               .expectException(violating(ErrorCode.NOT_PARTY_TO_PLAN));
    }

    @Test
    void aGoalsProgressAchievementOrDroppingIsForThePlansTwoSidesOnly() {
        DevelopmentGoalAgreedEvent agreed = new DevelopmentGoalAgreedEvent(ADA, "g1", PlanParty.MANAGER, MARCH_5);
        fixture.given(hired(), proposedBy(PlanParty.EMPLOYEE), agreed)
               .when(new AchieveDevelopmentGoalCommand(ADA, "g1", MARCH_5.plusDays(9)),
                     signedIn("other-boss", "MANAGER"))
               .expectException(violating(ErrorCode.NOT_PARTY_TO_PLAN));
        fixture.given(hired(), proposedBy(PlanParty.EMPLOYEE), agreed)
               .when(new DropDevelopmentGoalCommand(ADA, "g1", "not mine", MARCH_5.plusDays(9)),
                     signedIn("colleague", "EMPLOYEE"))
               .expectException(violating(ErrorCode.NOT_PARTY_TO_PLAN));
        fixture.given(hired(), proposedBy(PlanParty.EMPLOYEE), agreed)
               .when(new NoteGoalProgressCommand(ADA, "g1", "halfway", MARCH_5.plusDays(9)),
                     signedIn("ada", "EMPLOYEE"))
               .expectEvents(new DevelopmentGoalProgressNotedEvent(ADA, "g1", "halfway", MARCH_5.plusDays(9)));
        fixture.given(hired(), proposedBy(PlanParty.EMPLOYEE), agreed)
               .when(new AchieveDevelopmentGoalCommand(ADA, "g1", MARCH_5.plusDays(9)),
                     signedIn(BOSS.value(), "MANAGER"))
               .expectEvents(new DevelopmentGoalAchievedEvent(ADA, "g1", MARCH_5.plusDays(9)));
    }

    @Test
    void aRotationsLaterStepsAreForTheManagerTheHostLeadOrATalentPartner() {
        LocalDate start = MARCH_5.plusDays(10);
        RotationProposedEvent proposed = new RotationProposedEvent(ADA, "r1", "Search", "Engineering", start,
                                                                   start.plusMonths(3), MARCH_5);
        RotationApprovedEvent approved = new RotationApprovedEvent(ADA, "r1", EmployeeId.of("host-lead"),
                                                                   MARCH_5.plusDays(1));
        RotationStartedEvent started = new RotationStartedEvent(ADA, "r1", start);
        CompleteRotationCommand complete = new CompleteRotationCommand(ADA, "r1", RotationOutcome.RETURNED,
                                                                       start.plusMonths(3));
        RotationCompletedEvent completed = new RotationCompletedEvent(ADA, "r1", RotationOutcome.RETURNED,
                                                                      start.plusMonths(3));
        fixture.given(hired(), proposed, approved, started).when(complete, signedIn("other-boss", "MANAGER"))
               .expectException(violating(ErrorCode.NOT_YOUR_REPORT));
        fixture.given(hired(), proposed, approved)
               .when(new CancelRotationCommand(ADA, "r1", "not mine", MARCH_5.plusDays(2)),
                     signedIn("other-boss", "MANAGER"))
               .expectException(violating(ErrorCode.NOT_YOUR_REPORT));
        fixture.given(hired(), proposed, approved, started).when(complete, signedIn("host-lead", "MANAGER"))
               .expectEvents(completed);
        fixture.given(hired(), proposed, approved, started).when(complete, signedIn(BOSS.value(), "MANAGER"))
               .expectEvents(completed);
        fixture.given(hired(), proposed, approved).when(new StartRotationCommand(ADA, "r1", start),
                                                        signedIn("tina", "TALENT_PARTNER"))
               .expectEvents(started);
    }
}
