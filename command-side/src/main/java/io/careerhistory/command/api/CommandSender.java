package io.careerhistory.command.api;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sends a command with the acting user in its metadata, from where Axon copies it onto every event the
 * command causes. Until authentication lands the actor comes from the {@value #ACTOR_HEADER} header.
 */
@Component
public class CommandSender {

    public static final String ACTOR_HEADER = "X-Actor";
    public static final String ACTOR_KEY = "actor";
    private static final String ANONYMOUS = "anonymous";

    private final CommandGateway commandGateway;

    public CommandSender(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /** Sends on behalf of the user of the HTTP request being handled. */
    public <R> R send(Object command) {
        return send(command, actorOfCurrentRequest());
    }

    public <R> R send(Object command, String actor) {
        return commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                                                               .andMetaData(MetaData.with(ACTOR_KEY, actorOrAnonymous(actor))));
    }

    private static String actorOfCurrentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getHeader(ACTOR_HEADER)
                : null;
    }

    public static String actorOrAnonymous(String actor) {
        return actor == null || actor.isBlank() ? ANONYMOUS : actor;
    }
}
