package io.careerhistory.infra.identity;

import io.careerhistory.command.career.LoginNameRegistry;
import io.careerhistory.command.career.UniqueLoginNames;
import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/** Puts the unique-login-name rule on the command bus, ahead of every command handler. */
@Configuration
class LoginNameConfiguration {

    @Autowired
    void registerOn(CommandBus commandBus, LoginNameRegistry registry) {
        commandBus.registerHandlerInterceptor(new UniqueLoginNames(registry));
    }
}
