package io.careerhistory.events.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The host team agreed to take the employee; {@code approvedBy} speaks for it. */
@Revision("1")
public record RotationApprovedEvent(EmployeeId employeeId, String rotationId, EmployeeId approvedBy, LocalDate approvedOn) {
}
