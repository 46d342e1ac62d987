package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record ApproveRotationCommand(@TargetAggregateIdentifier EmployeeId employeeId,
                                     String rotationId,
                                     EmployeeId approvedBy,
                                     LocalDate approvedOn) {
}
