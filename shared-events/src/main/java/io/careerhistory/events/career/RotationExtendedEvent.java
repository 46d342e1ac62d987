package io.careerhistory.events.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record RotationExtendedEvent(EmployeeId employeeId, String rotationId, LocalDate newPlannedEnd, LocalDate extendedOn) {
}
