package io.careerhistory.command.career;

import io.careerhistory.command.api.ErrorCode;
import io.careerhistory.events.career.DevelopmentGoalAchievedEvent;
import io.careerhistory.events.career.DevelopmentGoalAgreedEvent;
import io.careerhistory.events.career.DevelopmentGoalDroppedEvent;
import io.careerhistory.events.career.DevelopmentGoalProgressNotedEvent;
import io.careerhistory.events.career.DevelopmentGoalProposedEvent;
import io.careerhistory.events.career.GoalCategory;
import io.careerhistory.events.career.PlanParty;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.careerhistory.command.api.BusinessRuleMatchers.violating;
import static io.careerhistory.command.career.CareerFixtures.ADA;
import static io.careerhistory.command.career.CareerFixtures.MARCH_5;
import static io.careerhistory.command.career.CareerFixtures.hired;

class DevelopmentPlanTest {

    private static final LocalDate TARGET = MARCH_5.plusMonths(6);
    private FixtureConfiguration<EmployeeCareer> fixture;

    @BeforeEach
    void setUp() {
        fixture = CareerFixtures.fixture();
    }

    private static DevelopmentGoalProposedEvent proposedByEmployee() {
        return new DevelopmentGoalProposedEvent(ADA, "g1", "Lead a design review", GoalCategory.LEADERSHIP, TARGET,
                                                PlanParty.EMPLOYEE, MARCH_5);
    }

    private static DevelopmentGoalAgreedEvent agreedByManager() {
        return new DevelopmentGoalAgreedEvent(ADA, "g1", PlanParty.MANAGER, MARCH_5.plusDays(2));
    }

    @Test
    void theEmployeeProposesAndTheManagerAgrees() {
        fixture.given(hired())
               .when(new ProposeDevelopmentGoalCommand(ADA, "g1", "Lead a design review", GoalCategory.LEADERSHIP, TARGET,
                                                       PlanParty.EMPLOYEE, MARCH_5))
               .expectEvents(proposedByEmployee());
        fixture.given(hired(), proposedByEmployee())
               .when(new AgreeDevelopmentGoalCommand(ADA, "g1", PlanParty.MANAGER, MARCH_5.plusDays(2)))
               .expectEvents(agreedByManager());
    }

    @Test
    void shouldRejectSelfApprovalOfAGoal() {
        fixture.given(hired(), proposedByEmployee())
               .when(new AgreeDevelopmentGoalCommand(ADA, "g1", PlanParty.EMPLOYEE, MARCH_5.plusDays(2)))
               .expectNoEvents()
               .expectException(violating(ErrorCode.SELF_APPROVAL));
    }

    @Test
    void cannotAgreeTwiceOrToAnUnknownGoal() {
        fixture.given(hired(), proposedByEmployee(), agreedByManager())
               .when(new AgreeDevelopmentGoalCommand(ADA, "g1", PlanParty.MANAGER, MARCH_5.plusDays(3)))
               .expectNoEvents()
               .expectException(violating(ErrorCode.GOAL_ALREADY_AGREED));
        fixture.given(hired())
               .when(new AgreeDevelopmentGoalCommand(ADA, "nope", PlanParty.MANAGER, MARCH_5))
               .expectException(violating(ErrorCode.GOAL_NOT_FOUND));
    }

    @Test
    void cannotTargetADateBeforeTheProposal() {
        fixture.given(hired())
               .when(new ProposeDevelopmentGoalCommand(ADA, "g1", "Too late", GoalCategory.OTHER, MARCH_5.minusDays(1),
                                                       PlanParty.MANAGER, MARCH_5))
               .expectNoEvents()
               .expectException(violating(ErrorCode.TARGET_DATE_BEFORE_PROPOSAL));
    }

    @Test
    void progressAndAchievementCountOnlyForAnAgreedGoal() {
        fixture.given(hired(), proposedByEmployee())
               .when(new AchieveDevelopmentGoalCommand(ADA, "g1", MARCH_5.plusMonths(1)))
               .expectNoEvents()
               .expectException(violating(ErrorCode.GOAL_NOT_AGREED));
        fixture.given(hired(), proposedByEmployee(), agreedByManager())
               .when(new NoteGoalProgressCommand(ADA, "g1", "ran the first review", MARCH_5.plusMonths(1)))
               .expectEvents(new DevelopmentGoalProgressNotedEvent(ADA, "g1", "ran the first review", MARCH_5.plusMonths(1)));
        fixture.given(hired(), proposedByEmployee(), agreedByManager())
               .when(new AchieveDevelopmentGoalCommand(ADA, "g1", MARCH_5.plusMonths(2)))
               .expectEvents(new DevelopmentGoalAchievedEvent(ADA, "g1", MARCH_5.plusMonths(2)));
    }

    @Test
    void aClosedGoalTakesNoMoreSteps() {
        fixture.given(hired(), proposedByEmployee(), agreedByManager(),
                      new DevelopmentGoalAchievedEvent(ADA, "g1", MARCH_5.plusMonths(2)))
               .when(new DropDevelopmentGoalCommand(ADA, "g1", "changed teams", MARCH_5.plusMonths(3)))
               .expectNoEvents()
               .expectException(violating(ErrorCode.GOAL_CLOSED));
        fixture.given(hired(), proposedByEmployee())
               .when(new DropDevelopmentGoalCommand(ADA, "g1", "changed teams", MARCH_5.plusMonths(3)))
               .expectEvents(new DevelopmentGoalDroppedEvent(ADA, "g1", "changed teams", MARCH_5.plusMonths(3)));
    }
}
