package io.careerhistory.command.standing;

import io.careerhistory.command.api.BusinessRuleViolation;
import io.careerhistory.command.api.ErrorCode;
import io.careerhistory.events.EmployeeId;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads an employee's standing for a rule of another aggregate (a mentor's rank, a nominee's level). Command handlers
 * take it as a parameter, which Axon resolves from the Spring context (and fixture tests register).
 */
public interface EmployeeStandings {

    /** Their standing on the date; empty when no employee has that id. */
    Optional<Standing> of(EmployeeId employeeId, LocalDate on);

    /** Their standing on the date, refusing anyone who is unknown, not yet hired, or gone by then. */
    default Standing employedOn(EmployeeId employeeId, LocalDate on) {
        Standing standing = of(employeeId, on).orElseThrow(
                () -> new BusinessRuleViolation(ErrorCode.EMPLOYEE_NOT_FOUND, "No employee has the id " + employeeId));
        if (!standing.employed()) {
            throw on.isBefore(standing.hiredOn())
                    ? new BusinessRuleViolation(ErrorCode.DATE_BEFORE_HIRE,
                                                "Employee " + employeeId + " was hired only on " + standing.hiredOn())
                    : new BusinessRuleViolation(ErrorCode.EMPLOYEE_DEPARTED,
                                                "Employee " + employeeId + " is no longer employed on " + on);
        }
        return standing;
    }
}
