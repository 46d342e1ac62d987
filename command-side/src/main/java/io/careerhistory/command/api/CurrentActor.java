package io.careerhistory.command.api;

import io.careerhistory.events.EmployeeId;

import java.util.Set;

/**
 * Who is acting in the request being handled: the authenticated user's name (their login name), and the employee
 * hired with that login name. Rules that compare people (the reviewer, the chair, the nominator) take them from here,
 * never from the request body.
 */
public interface CurrentActor {

    /** The signed-in user's name, or null for nobody. */
    String name();

    /** The employee the signed-in user is, or null when their login is no employee's. */
    EmployeeId actingEmployee();

    /** The signed-in user's roles (EMPLOYEE, MANAGER, TALENT_PARTNER, ...); empty for nobody. */
    default Set<String> roles() {
        return Set.of();
    }

    /** The employee acting, or a 403 problem when the signed-in user is no employee. */
    default EmployeeId requireEmployee() {
        EmployeeId employee = actingEmployee();
        if (employee == null) {
            throw new BusinessRuleViolation(ErrorCode.NOT_AN_EMPLOYEE,
                                            "User " + name() + " is not the login of any employee, so cannot act as one");
        }
        return employee;
    }
}
