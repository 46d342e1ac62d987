package io.careerhistory.infra.cluster;

import io.careerhistory.infra.operations.InvalidSetting;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * What this node does ({@code career.roles}): {@code both} (the default: one process is the whole system),
 * {@code command} (handles commands and runs the command side's processors: sagas, mentoring credits) or {@code query}
 * (runs the projections and serves the views). Several nodes of each share one MongoDB (ADR 0027).
 */
@Component
public class NodeRoles {

    public enum Role { BOTH, COMMAND, QUERY }

    private final Role role;

    NodeRoles(@Value("${career.roles:both}") String roles) {
        this.role = parse(roles);
    }

    public static Role parse(String roles) {
        try {
            return Role.valueOf(roles.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidSetting("career.roles is one of both, command, query; was '" + roles + "'");
        }
    }

    public Role role() {
        return role;
    }

    public boolean runsCommandSide() {
        return role != Role.QUERY;
    }

    public boolean runsQuerySide() {
        return role != Role.COMMAND;
    }

    /** Whether this node serves what the side holds; infra's own parts serve on every node. */
    public boolean serves(Side side) {
        return switch (side) {
            case COMMAND -> runsCommandSide();
            case QUERY -> runsQuerySide();
            case INFRA -> true;
        };
    }
}
