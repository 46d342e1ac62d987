package io.careerhistory.command.api;

import io.careerhistory.events.EmployeeId;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * Sends a command with the acting user in its metadata, from where Axon copies it onto every event the command
 * causes. The actor is the authenticated user ({@link CurrentActor}), never something the request says of itself.
 */
@Component
public class CommandSender {

    public static final String ACTOR_KEY = "actor";
    /**
     * An employee acts as {@code employee:<id>}, never under their login name: the login is personal data, and event
     * metadata can never be erased (ADR 0015). Users who are no employee (an auditor, an admin) act under their login.
     */
    public static final String EMPLOYEE_ACTOR_PREFIX = "employee:";
    /** The employee the actor is, and their roles: rules that depend on who acts read these (absent for the system). */
    public static final String ACTOR_EMPLOYEE_KEY = "actorEmployeeId";
    public static final String ACTOR_ROLES_KEY = "actorRoles";
    private static final String ANONYMOUS = "anonymous";

    private final CommandGateway commandGateway;
    private final CurrentActor currentActor;

    public CommandSender(CommandGateway commandGateway, CurrentActor currentActor) {
        this.commandGateway = commandGateway;
        this.currentActor = currentActor;
    }

    /** Sends on behalf of the authenticated user of the request being handled, with their employee id and roles. */
    public <R> R send(Object command) {
        EmployeeId employee = currentActor.actingEmployee(); // a lookup: once per command
        MetaData metaData = MetaData.with(ACTOR_KEY, actorName(currentActor.name(), employee))
                                    .and(ACTOR_ROLES_KEY, String.join(",", currentActor.roles()));
        if (employee != null) {
            metaData = metaData.and(ACTOR_EMPLOYEE_KEY, employee.value());
        }
        return commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }

    /** Sends as the system or a named process ({@code actor}): no employee, no roles, so no rule about who acts applies. */
    public <R> R send(Object command, String actor) {
        return commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                                                               .andMetaData(MetaData.with(ACTOR_KEY, actorOrAnonymous(actor))));
    }

    /** How a signed-in user is named in what is recorded: by employee id when they are one, else by login. */
    public static String actorName(String loginName, EmployeeId employee) {
        return employee == null ? actorOrAnonymous(loginName) : EMPLOYEE_ACTOR_PREFIX + employee.value();
    }

    public static String actorOrAnonymous(String actor) {
        return actor == null || actor.isBlank() ? ANONYMOUS : actor;
    }
}
