package io.careerhistory.events.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record RotationStartedEvent(EmployeeId employeeId, String rotationId, LocalDate startedOn) {
}
