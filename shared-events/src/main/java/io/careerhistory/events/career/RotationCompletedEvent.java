package io.careerhistory.events.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The rotation ended. {@code CONVERTED} comes with an {@link EmployeeTransferredEvent} in the same commit. */
@Revision("1")
public record RotationCompletedEvent(EmployeeId employeeId, String rotationId, RotationOutcome outcome,
                                     LocalDate completedOn) {
}
