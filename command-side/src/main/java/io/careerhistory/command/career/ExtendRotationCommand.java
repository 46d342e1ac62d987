package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record ExtendRotationCommand(@TargetAggregateIdentifier EmployeeId employeeId,
                                    String rotationId,
                                    LocalDate newPlannedEnd,
                                    LocalDate extendedOn) {
}
