package io.careerhistory.infra.cluster;

/** Which side of the system a class belongs to, by its module's package: what {@link NodeRoles} place. */
public enum Side {
    COMMAND, QUERY, INFRA;

    public static Side of(Class<?> type) {
        String name = type.getName();
        return name.startsWith("io.careerhistory.command.") ? COMMAND
                : name.startsWith("io.careerhistory.query.") ? QUERY
                : INFRA;
    }
}
