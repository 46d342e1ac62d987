package io.careerhistory.command.career;

import io.careerhistory.command.api.ErrorCode;
import io.careerhistory.events.career.EmployeePromotedEvent;
import io.careerhistory.events.career.EmployeeTransferredEvent;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.careerhistory.command.api.BusinessRuleMatchers.violating;
import static io.careerhistory.command.career.CareerFixtures.ADA;
import static io.careerhistory.command.career.CareerFixtures.BOSS;
import static io.careerhistory.command.career.CareerFixtures.MARCH_5;
import static io.careerhistory.command.career.CareerFixtures.departed;
import static io.careerhistory.command.career.CareerFixtures.hired;

class PromotionTest {

    private static final PromoteEmployeeCommand PROMOTE = new PromoteEmployeeCommand(ADA, "case-1", "Engineering", "E4",
                                                                                     MARCH_5);
    private static final EmployeePromotedEvent PROMOTED = new EmployeePromotedEvent(ADA, "case-1", "Engineering", "E3",
                                                                                    "E4", MARCH_5);
    private FixtureConfiguration<EmployeeCareer> fixture;

    @BeforeEach
    void setUp() {
        fixture = CareerFixtures.fixture();
    }

    @Test
    void anApprovedCaseMovesTheEmployeeUpFromTheLevelTheyHold() {
        fixture.given(hired()).when(PROMOTE).expectEvents(PROMOTED);
    }

    @Test
    void aCaseChangesTheLevelExactlyOnce() {
        fixture.given(hired(), PROMOTED).when(PROMOTE).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void theNewLevelIsWhatLaterFactsBuildOn() {
        fixture.given(hired(), PROMOTED)
               .when(new TransferEmployeeCommand(ADA, "Checkout", null, BOSS, null, null, MARCH_5.plusDays(1)))
               .expectEvents(new EmployeeTransferredEvent(ADA, "Checkout", "Fintech", BOSS, "Engineering", "E4",
                                                          MARCH_5.plusDays(1)));
    }

    @Test
    void aPromotionEffectiveOnOrAfterTheDepartureIsRefused() {
        fixture.given(hired(), departed()).when(PROMOTE).expectException(violating(ErrorCode.EMPLOYEE_DEPARTED));
    }

    @Test
    void aPromotionDecidedBeforeTheDepartureIsAppliedEvenWhenItArrivesAfter() {
        fixture.given(hired(), departed())
               .when(new PromoteEmployeeCommand(ADA, "case-1", "Engineering", "E4", MARCH_5.minusDays(1)))
               .expectEvents(new EmployeePromotedEvent(ADA, "case-1", "Engineering", "E3", "E4", MARCH_5.minusDays(1)));
    }
}
