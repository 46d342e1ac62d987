package io.careerhistory.events.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * Someone joined the company. {@code hiredOn} is the business date; when it was recorded is the event's timestamp.
 * {@code managerId} is null for someone without a manager.
 */
@Revision("1")
public record EmployeeHiredEvent(EmployeeId employeeId,
                                 String name,
                                 String email,
                                 String track,
                                 String level,
                                 String team,
                                 EmployeeId managerId,
                                 LocalDate hiredOn) {
}
