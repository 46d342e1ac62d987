package io.careerhistory.query.common;

import java.util.Set;

/**
 * Who is reading: the signed-in user's employee id (null when their login is no employee's) and roles. Lists use it
 * to show a manager their reports only, and a committee member their own cases only.
 */
public interface Viewer {

    String employeeId();

    Set<String> roles();

    default boolean has(String role) {
        return roles().contains(role);
    }
}
