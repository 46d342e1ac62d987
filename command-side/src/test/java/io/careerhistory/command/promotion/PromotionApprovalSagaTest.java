package io.careerhistory.command.promotion;

import io.careerhistory.command.api.BusinessRuleViolation;
import io.careerhistory.command.api.CommandSender;
import io.careerhistory.command.api.ErrorCode;
import io.careerhistory.command.career.PromoteEmployeeCommand;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.EmployeePromotedEvent;
import io.careerhistory.events.promotion.PromotionDecidedEvent;
import io.careerhistory.events.promotion.PromotionOutcome;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class PromotionApprovalSagaTest {

    private static final EmployeeId ADA = EmployeeId.of("ada");
    private static final LocalDate DAY = LocalDate.parse("2024-06-03");
    private final CommandSender commands = mock(CommandSender.class);
    private SagaTestFixture<PromotionApprovalSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(PromotionApprovalSaga.class);
        fixture.registerResource(commands);
    }

    private static PromotionDecidedEvent decided(PromotionOutcome outcome) {
        return new PromotionDecidedEvent("case-1", ADA, EmployeeId.of("chair"), outcome, "rationale", "Engineering", "E3",
                                         "E4", DAY);
    }

    @Test
    void anApprovalChangesTheLevelAndTheSagaEndsWhenTheCareerRecordsIt() {
        fixture.givenNoPriorActivity()
               .whenPublishingA(decided(PromotionOutcome.APPROVED))
               .expectActiveSagas(1)
               .expectAssociationWith("caseId", "case-1");
        verify(commands).send(new PromoteEmployeeCommand(ADA, "case-1", "Engineering", "E4", DAY),
                              PromotionApprovalSaga.ACTOR);

        fixture.givenAPublished(decided(PromotionOutcome.APPROVED))
               .whenPublishingA(new EmployeePromotedEvent(ADA, "case-1", "Engineering", "E3", "E4", DAY))
               .expectActiveSagas(0);
    }

    @Test
    void aRejectionChangesNothing() {
        fixture.givenNoPriorActivity()
               .whenPublishingA(decided(PromotionOutcome.REJECTED))
               .expectActiveSagas(0);
        verify(commands, never()).send(any(), anyString());
    }

    @Test
    void anEmployeeWhoLeftBeforeTheChangeEndsTheSagaWithoutALevelChange() {
        when(commands.send(any(), anyString())).thenThrow(new BusinessRuleViolation(ErrorCode.EMPLOYEE_DEPARTED, "left"));

        fixture.givenNoPriorActivity()
               .whenPublishingA(decided(PromotionOutcome.APPROVED))
               .expectActiveSagas(0);
    }
}
