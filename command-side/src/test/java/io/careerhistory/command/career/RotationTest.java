package io.careerhistory.command.career;

import io.careerhistory.command.api.ErrorCode;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.EmployeeHiredEvent;
import io.careerhistory.events.career.EmployeeTransferredEvent;
import io.careerhistory.events.career.RotationApprovedEvent;
import io.careerhistory.events.career.RotationCancelledEvent;
import io.careerhistory.events.career.RotationCompletedEvent;
import io.careerhistory.events.career.RotationExtendedEvent;
import io.careerhistory.events.career.RotationOutcome;
import io.careerhistory.events.career.RotationProposedEvent;
import io.careerhistory.events.career.RotationStartedEvent;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.careerhistory.command.api.BusinessRuleMatchers.violating;
import static io.careerhistory.command.career.CareerFixtures.ADA;
import static io.careerhistory.command.career.CareerFixtures.BOSS;
import static io.careerhistory.command.career.CareerFixtures.MARCH_5;
import static io.careerhistory.command.career.CareerFixtures.hired;

class RotationTest {

    private static final EmployeeId HOST_LEAD = CareerFixtures.DESIGN_LEAD;
    private static final LocalDate START = MARCH_5.plusDays(10);
    private static final LocalDate END = START.plusMonths(3);
    private FixtureConfiguration<EmployeeCareer> fixture;

    @BeforeEach
    void setUp() {
        fixture = CareerFixtures.fixture();
    }

    private static RotationProposedEvent proposed() {
        return new RotationProposedEvent(ADA, "r1", "Design Systems", "Design", START, END, MARCH_5);
    }

    private static RotationApprovedEvent approved() {
        return new RotationApprovedEvent(ADA, "r1", HOST_LEAD, MARCH_5.plusDays(1));
    }

    private static RotationStartedEvent started() {
        return new RotationStartedEvent(ADA, "r1", START);
    }

    @Test
    void goesFromProposedThroughApprovedToStarted() {
        fixture.given(hired())
               .when(new ProposeRotationCommand(ADA, "r1", "Design Systems", "Design", START, END, MARCH_5))
               .expectEvents(proposed());
        fixture.given(hired(), proposed())
               .when(new ApproveRotationCommand(ADA, "r1", HOST_LEAD, MARCH_5.plusDays(1)))
               .expectEvents(approved());
        fixture.given(hired(), proposed(), approved())
               .when(new StartRotationCommand(ADA, "r1", START))
               .expectEvents(started());
    }

    @Test
    void cannotStartSecondRotation() {
        fixture.given(hired(), proposed(), approved(), started())
               .when(new ProposeRotationCommand(ADA, "r2", "Data Platform", "Data", END, END.plusMonths(3), START))
               .expectNoEvents()
               .expectException(violating(ErrorCode.ROTATION_ALREADY_ACTIVE));
    }

    @Test
    void mayProposeAnotherOnceTheFirstIsCancelled() {
        fixture.given(hired(), proposed(), new RotationCancelledEvent(ADA, "r1", "team reorg", MARCH_5.plusDays(1)))
               .when(new ProposeRotationCommand(ADA, "r2", "Data Platform", "Data", START, END, MARCH_5.plusDays(2)))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void shouldRejectSelfApprovalOfARotation() {
        fixture.given(hired(), proposed())
               .when(new ApproveRotationCommand(ADA, "r1", ADA, MARCH_5.plusDays(1)))
               .expectNoEvents()
               .expectException(violating(ErrorCode.SELF_APPROVAL));
    }

    @Test
    void onlySomeoneInTheHostTeamOnTheDayApprovesTheRotation() {
        fixture.given(hired(), proposed())
               .when(new ApproveRotationCommand(ADA, "r1", BOSS, MARCH_5.plusDays(1)))
               .expectNoEvents()
               .expectException(violating(ErrorCode.NOT_IN_HOST_TEAM));
        fixture.given(hired(), proposed())
               .when(new ApproveRotationCommand(ADA, "r1", EmployeeId.of("nobody"), MARCH_5.plusDays(1)))
               .expectNoEvents()
               .expectException(violating(ErrorCode.EMPLOYEE_NOT_FOUND));
        fixture.given(hired(), new RotationProposedEvent(ADA, "r1", "design systems", "Design", START, END, MARCH_5))
               .when(new ApproveRotationCommand(ADA, "r1", HOST_LEAD, MARCH_5.plusDays(1)))
               .expectEvents(new RotationApprovedEvent(ADA, "r1", HOST_LEAD, MARCH_5.plusDays(1)));
    }

    @Test
    void stepsMustComeInOrder() {
        fixture.given(hired(), proposed())
               .when(new StartRotationCommand(ADA, "r1", START))
               .expectNoEvents()
               .expectException(violating(ErrorCode.ROTATION_WRONG_STEP));
        fixture.given(hired())
               .when(new StartRotationCommand(ADA, "nope", START))
               .expectException(violating(ErrorCode.ROTATION_NOT_FOUND));
    }

    @Test
    void datesMustMoveForward() {
        fixture.given(hired())
               .when(new ProposeRotationCommand(ADA, "r1", "Design Systems", "Design", START, START, MARCH_5))
               .expectException(violating(ErrorCode.ROTATION_DATES_INVALID));
        fixture.given(hired(), proposed(), approved(), started())
               .when(new ExtendRotationCommand(ADA, "r1", END.minusDays(1), START.plusMonths(1)))
               .expectException(violating(ErrorCode.ROTATION_DATES_INVALID));
        fixture.given(hired(), proposed(), approved(), started())
               .when(new ExtendRotationCommand(ADA, "r1", END.plusMonths(1), START.plusMonths(1)))
               .expectEvents(new RotationExtendedEvent(ADA, "r1", END.plusMonths(1), START.plusMonths(1)));
    }

    @Test
    void aReturnedRotationLeavesThePlacementAlone() {
        fixture.given(hired(), proposed(), approved(), started())
               .when(new CompleteRotationCommand(ADA, "r1", RotationOutcome.RETURNED, END))
               .expectEvents(new RotationCompletedEvent(ADA, "r1", RotationOutcome.RETURNED, END));
    }

    @Test
    void aConvertedRotationMovesTheEmployeeToTheHostTeamAndTrackInTheSameCommit() {
        fixture.given(hired(), proposed(), approved(), started())
               .when(new CompleteRotationCommand(ADA, "r1", RotationOutcome.CONVERTED, END))
               .expectEvents(new RotationCompletedEvent(ADA, "r1", RotationOutcome.CONVERTED, END),
                             new EmployeeTransferredEvent(ADA, "Design Systems", "Fintech", HOST_LEAD, "Design", "D3", END));
    }

    @Test
    void aConversionIntoATrackWithoutTheSameRankTakesItsHighestLevelBelow() {
        EmployeeHiredEvent principal = new EmployeeHiredEvent(ADA, "Ada Lovelace", "ada@example.com", "ada",
                                                              "Engineering", "E7", "Payments", "Fintech", BOSS, null,
                                                              CareerFixtures.HIRED_ON);
        fixture.given(principal, proposed(), approved(), started())
               .when(new CompleteRotationCommand(ADA, "r1", RotationOutcome.CONVERTED, END))
               .expectEvents(new RotationCompletedEvent(ADA, "r1", RotationOutcome.CONVERTED, END),
                             new EmployeeTransferredEvent(ADA, "Design Systems", "Fintech", HOST_LEAD, "Design", "D5", END));
    }

    @Test
    void aRotationGoesOnlyIntoATrackOfTheFramework() {
        fixture.given(hired())
               .when(new ProposeRotationCommand(ADA, "r1", "Growth", "Marketing", START, END, MARCH_5))
               .expectException(violating(ErrorCode.NOT_IN_FRAMEWORK));
    }

    @Test
    void aCompletedRotationCannotBeCancelled() {
        fixture.given(hired(), proposed(), approved(), started(),
                      new RotationCompletedEvent(ADA, "r1", RotationOutcome.RETURNED, END))
               .when(new CancelRotationCommand(ADA, "r1", "too late", END.plusDays(1)))
               .expectNoEvents()
               .expectException(violating(ErrorCode.ROTATION_WRONG_STEP));
        fixture.given(hired(), proposed())
               .when(new CancelRotationCommand(ADA, "r1", "team reorg", MARCH_5.plusDays(1)))
               .expectEvents(new RotationCancelledEvent(ADA, "r1", "team reorg", MARCH_5.plusDays(1)));
    }

    @Test
    void aReturnedRotationKeepsTheHomeManager() {
        fixture.given(hired(), proposed(), approved(), started(),
                      new RotationCompletedEvent(ADA, "r1", RotationOutcome.RETURNED, END))
               .when(new TransferEmployeeCommand(ADA, null, null, BOSS, null, null, END))
               .expectException(violating(ErrorCode.TRANSFER_CHANGES_NOTHING));
    }
}
