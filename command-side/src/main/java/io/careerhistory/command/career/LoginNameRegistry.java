package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;

/**
 * Which employee each login name belongs to, across all {@link EmployeeCareer} aggregates. A login name is unique, a
 * rule no single aggregate can keep, so it is claimed here, atomically, in the same unit of work as the hire.
 */
public interface LoginNameRegistry {

    /** Claims the name for the employee; false when another employee holds it. Claiming one's own name again is fine. */
    boolean claim(String loginName, EmployeeId employeeId);

    /** Gives the name back, if this employee holds it: the hire that claimed it did not happen. */
    void release(String loginName, EmployeeId employeeId);
}
