package io.careerhistory.command.promotion;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.careerhistory.command.api.BusinessRuleViolation;
import io.careerhistory.command.api.CommandSender;
import io.careerhistory.command.career.PromoteEmployeeCommand;
import io.careerhistory.events.career.EmployeePromotedEvent;
import io.careerhistory.events.promotion.PromotionDecidedEvent;
import io.careerhistory.events.promotion.PromotionOutcome;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * From an approved decision to the employee's new level: the saga sends the level change to the career and ends when
 * the career has recorded it. The career applies a case once, so a redelivery or a retry changes the level exactly
 * once. A rejection ends the saga at once. If the employee left before the change could apply, there is nothing to
 * change and the saga ends, which the log says.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE)
public class PromotionApprovalSaga {

    static final String ACTOR = "system:promotion-approval";
    private static final Logger log = LoggerFactory.getLogger(PromotionApprovalSaga.class);

    @Autowired
    private transient CommandSender commands;

    @StartSaga
    @SagaEventHandler(associationProperty = "caseId")
    void on(PromotionDecidedEvent decided) {
        if (decided.outcome() != PromotionOutcome.APPROVED) {
            SagaLifecycle.end();
            return;
        }
        try {
            commands.send(new PromoteEmployeeCommand(decided.employeeId(), decided.caseId(), decided.track(),
                                                     decided.toLevel(), decided.decidedOn()), ACTOR);
        } catch (BusinessRuleViolation refused) {
            // A refusal is final (the employee left); anything else propagates, and the processor retries.
            log.warn("Approved case {} could not change the level of {}: {}", decided.caseId(), decided.employeeId(),
                     refused.getMessage());
            SagaLifecycle.end();
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "caseId")
    void on(EmployeePromotedEvent promoted) {
        // the level change is recorded: nothing left to do
    }
}
