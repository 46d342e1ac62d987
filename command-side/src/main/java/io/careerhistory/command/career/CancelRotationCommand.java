package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record CancelRotationCommand(@TargetAggregateIdentifier EmployeeId employeeId,
                                    String rotationId,
                                    String reason,
                                    LocalDate cancelledOn) {
}
