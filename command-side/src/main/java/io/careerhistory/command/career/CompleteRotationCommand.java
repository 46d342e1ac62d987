package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.RotationOutcome;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record CompleteRotationCommand(@TargetAggregateIdentifier EmployeeId employeeId,
                                      String rotationId,
                                      RotationOutcome outcome,
                                      LocalDate completedOn) {
}
