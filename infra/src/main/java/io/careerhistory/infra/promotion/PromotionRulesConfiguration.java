package io.careerhistory.infra.promotion;

import io.careerhistory.command.promotion.OnePromotionCaseAtATime;
import io.careerhistory.command.promotion.OpenPromotionCases;
import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/** Puts the one-open-case-per-employee rule on the command bus, ahead of every command handler. */
@Configuration
class PromotionRulesConfiguration {

    @Autowired
    void registerOn(CommandBus commandBus, OpenPromotionCases openCases) {
        commandBus.registerHandlerInterceptor(new OnePromotionCaseAtATime(openCases));
    }
}
