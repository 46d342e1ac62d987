package io.careerhistory.command.promotion;

import io.careerhistory.command.api.BusinessRuleViolation;
import io.careerhistory.command.api.ErrorCode;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Keeps one open promotion case per employee: a nomination claims the employee in {@link OpenPromotionCases} before
 * the case is created, and the claim is released if the unit of work rolls back. Of concurrent nominations on any
 * node, the registry's atomic claim lets exactly one through; the decision releases the claim (see
 * {@link PromotionCase}).
 */
public class OnePromotionCaseAtATime implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final OpenPromotionCases openCases;

    public OnePromotionCaseAtATime(OpenPromotionCases openCases) {
        this.openCases = openCases;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        if (unitOfWork.getMessage().getPayload() instanceof NominateForPromotionCommand nomination) {
            if (!openCases.claim(nomination.employeeId(), nomination.caseId())) {
                throw new BusinessRuleViolation(ErrorCode.PROMOTION_CASE_ALREADY_OPEN,
                                                "Employee " + nomination.employeeId() + " already has an open promotion case");
            }
            unitOfWork.onRollback(rolledBack -> openCases.release(nomination.employeeId(), nomination.caseId()));
        }
        return interceptorChain.proceed();
    }
}
