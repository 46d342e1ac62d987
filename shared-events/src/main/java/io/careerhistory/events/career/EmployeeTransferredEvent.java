package io.careerhistory.events.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The employee's placement from {@code effectiveOn}: team, tribe, manager, and role (track and level), all of it, so
 * that a reader needs no earlier event to know where they are. A data analyst becoming a product manager is a
 * transfer to another track. {@code managerId} is null for someone without a manager.
 */
@Revision("1")
public record EmployeeTransferredEvent(EmployeeId employeeId,
                                       String team,
                                       String tribe,
                                       EmployeeId managerId,
                                       String track,
                                       String level,
                                       LocalDate effectiveOn) {
}
