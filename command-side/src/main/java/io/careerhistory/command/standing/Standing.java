package io.careerhistory.command.standing;

import io.careerhistory.events.EmployeeId;

import java.time.LocalDate;

/**
 * Where an employee stood on a date, as another aggregate's rules need it: whether they were employed, and their
 * role with its rank under the framework version in force ({@code rank} null when that version lacks the level) and
 * their team on that date; and their manager now, who may act for them.
 */
public record Standing(EmployeeId employeeId, LocalDate hiredOn, boolean employed, String track, String level,
                       Integer rank, EmployeeId managerId, String team) {
}
