package io.careerhistory.command.career;

import io.careerhistory.command.api.BusinessRuleViolation;
import io.careerhistory.command.api.ErrorCode;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Keeps login names unique across employees: a hire claims its login name in the {@link LoginNameRegistry} before the
 * aggregate handles it, and the claim is released if the unit of work rolls back (the hire failed), so a name is
 * taken exactly when a hire of it is recorded. Two concurrent hires of one name: the registry's atomic claim lets one
 * through.
 */
public class UniqueLoginNames implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final LoginNameRegistry registry;

    public UniqueLoginNames(LoginNameRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        if (unitOfWork.getMessage().getPayload() instanceof ClaimsLoginName hire) {
            if (!registry.claim(hire.loginName(), hire.employeeId())) {
                throw new BusinessRuleViolation(ErrorCode.LOGIN_NAME_TAKEN,
                                                "The login name " + hire.loginName() + " belongs to another employee");
            }
            unitOfWork.onRollback(rolledBack -> registry.release(hire.loginName(), hire.employeeId()));
        }
        return interceptorChain.proceed();
    }
}
